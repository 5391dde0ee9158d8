package dev.warren.adapters.grpc;

import dev.warren.domain.model.shared.Checks;

/**
 * Where and how the warren.v1 API listens: a host name or address (127.0.0.1 unless told
 * otherwise), a TCP port (0 for one the OS picks) and the mutual TLS it speaks (the only
 * transport).
 */
public record GrpcSettings(String host, int port, ServerTls tls) {
  public GrpcSettings {
    Checks.notBlank("grpc host", host);
    Checks.between("grpc port", port, 0, 65535);
    Checks.notNull("grpc server TLS", tls);
  }
}
