package dev.warren.bootstrap.cli;

import dev.warren.bootstrap.config.TcpAddress;
import picocli.CommandLine.ITypeConverter;

/** {@code HOST:PORT} options. */
final class TcpAddressConverter implements ITypeConverter<TcpAddress> {
  @Override
  public TcpAddress convert(String value) {
    return TcpAddress.parse(value);
  }
}
