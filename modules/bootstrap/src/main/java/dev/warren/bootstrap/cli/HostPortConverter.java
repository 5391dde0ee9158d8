package dev.warren.bootstrap.cli;

import dev.warren.bootstrap.config.HostPort;
import picocli.CommandLine.ITypeConverter;

/** {@code HOST:PORT} options. */
final class HostPortConverter implements ITypeConverter<HostPort> {
  @Override
  public HostPort convert(String value) {
    return HostPort.parse(value);
  }
}
