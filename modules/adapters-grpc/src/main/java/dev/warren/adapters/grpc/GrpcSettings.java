package dev.warren.adapters.grpc;

import dev.warren.domain.model.shared.Checks;

/**
 * Where the warren.v1 API listens: a host name or address (127.0.0.1 unless told otherwise) and a
 * TCP port, 0 for one the OS picks.
 */
public record GrpcSettings(String host, int port) {
  public GrpcSettings {
    Checks.notBlank("grpc host", host);
    Checks.between("grpc port", port, 0, 65535);
  }
}
