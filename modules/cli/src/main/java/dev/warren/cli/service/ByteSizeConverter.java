package dev.warren.cli.service;

import dev.warren.domain.error.InvalidSpecException;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;

/** A byte count, optionally with a binary unit suffix: {@code 512m}, {@code 1g}, {@code 65536}. */
final class ByteSizeConverter implements ITypeConverter<Long> {
  @Override
  public Long convert(String value) {
    String text = value.strip().toLowerCase(Locale.ROOT);
    long unit = 1;
    if (text.endsWith("b")) {
      text = text.substring(0, text.length() - 1);
    }
    if (!text.isEmpty()) {
      switch (text.charAt(text.length() - 1)) {
        case 'k' -> unit = 1L << 10;
        case 'm' -> unit = 1L << 20;
        case 'g' -> unit = 1L << 30;
        default -> {}
      }
    }
    if (unit != 1) {
      text = text.substring(0, text.length() - 1);
    }
    try {
      long amount = Long.parseLong(text);
      if (amount < 0) {
        throw new InvalidSpecException("size '" + value + "' must not be negative");
      }
      return Math.multiplyExact(amount, unit);
    } catch (NumberFormatException | ArithmeticException e) {
      throw new InvalidSpecException(
          "size '" + value + "' is not a byte count such as 536870912, 512m or 1g");
    }
  }
}
