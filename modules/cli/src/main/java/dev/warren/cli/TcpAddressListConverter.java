package dev.warren.cli;

import dev.warren.cli.config.TcpAddress;
import dev.warren.domain.error.InvalidSpecException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code HOST:PORT[,HOST:PORT…]} options: one option value, so that a later {@code --manager}
 * replaces an earlier one and errors read as for a single address.
 */
final class TcpAddressListConverter implements ITypeConverter<TcpAddressListConverter.Addresses> {

  /** The addresses one option value names, in order. */
  record Addresses(List<TcpAddress> all) {
    Addresses {
      all = List.copyOf(all);
    }
  }

  @Override
  public Addresses convert(String value) {
    var addresses = new ArrayList<TcpAddress>();
    try {
      for (String part : value.split(",", -1)) {
        addresses.add(TcpAddress.parse(part.strip()));
      }
    } catch (InvalidSpecException invalid) {
      // picocli prints this message as is, instead of the exception's class and message.
      throw new TypeConversionException(invalid.getMessage());
    }
    return new Addresses(addresses);
  }
}
