package dev.warren.cli;

import dev.warren.cli.config.TcpAddress;
import dev.warren.domain.error.InvalidSpecException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code HOST:PORT} options. */
final class TcpAddressConverter implements ITypeConverter<TcpAddress> {
  @Override
  public TcpAddress convert(String value) {
    try {
      return TcpAddress.parse(value);
    } catch (InvalidSpecException invalid) {
      // picocli prints this message as is, instead of the exception's class and message.
      throw new TypeConversionException(invalid.getMessage());
    }
  }
}
