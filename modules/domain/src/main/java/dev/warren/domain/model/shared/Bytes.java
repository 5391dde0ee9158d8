package dev.warren.domain.model.shared;

import java.util.Arrays;
import java.util.HexFormat;

/** An immutable byte string with value equality, for payloads such as PEM files and ciphertext. */
public final class Bytes {
  private static final Bytes EMPTY = new Bytes(new byte[0]);
  private final byte[] value;

  private Bytes(byte[] value) {
    this.value = value;
  }

  public static Bytes of(byte[] value) {
    Checks.notNull("bytes", value);
    return value.length == 0 ? EMPTY : new Bytes(value.clone());
  }

  public static Bytes empty() {
    return EMPTY;
  }

  /** A copy: callers can never change this value. */
  public byte[] toArray() {
    return value.clone();
  }

  public int size() {
    return value.length;
  }

  public boolean isEmpty() {
    return value.length == 0;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Bytes bytes && Arrays.equals(value, bytes.value);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(value);
  }

  /** Never the content: payloads may be secret, and string forms end up in logs. */
  @Override
  public String toString() {
    return "Bytes[" + value.length + "]";
  }

  /** Hex of the content, for digests and tests; never call it on secret material that is logged. */
  public String toHex() {
    return HexFormat.of().formatHex(value);
  }
}
