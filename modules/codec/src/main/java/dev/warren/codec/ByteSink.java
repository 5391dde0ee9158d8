package dev.warren.codec;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growable output buffer with the format's primitive encodings. */
final class ByteSink {
  private byte[] buffer;
  private int size;

  ByteSink(int initialCapacity) {
    buffer = new byte[initialCapacity];
  }

  void writeByte(int value) {
    ensure(1);
    buffer[size++] = (byte) value;
  }

  void writeBytes(byte[] bytes) {
    ensure(bytes.length);
    System.arraycopy(bytes, 0, buffer, size, bytes.length);
    size += bytes.length;
  }

  /** Unsigned LEB128; lengths and counts. */
  void writeVarLong(long value) {
    ensure(10);
    long rest = value;
    while ((rest & ~0x7FL) != 0) {
      buffer[size++] = (byte) ((rest & 0x7F) | 0x80);
      rest >>>= 7;
    }
    buffer[size++] = (byte) rest;
  }

  /** Zig-zag then LEB128, so small negative numbers stay short too. */
  void writeSignedVarLong(long value) {
    writeVarLong((value << 1) ^ (value >> 63));
  }

  void writeFixedLong(long value) {
    ensure(8);
    for (int shift = 56; shift >= 0; shift -= 8) {
      buffer[size++] = (byte) (value >>> shift);
    }
  }

  void writeLengthPrefixed(byte[] bytes) {
    writeVarLong(bytes.length);
    writeBytes(bytes);
  }

  void writeString(String value) {
    writeLengthPrefixed(value.getBytes(StandardCharsets.UTF_8));
  }

  byte[] toByteArray() {
    return Arrays.copyOf(buffer, size);
  }

  private void ensure(int extra) {
    if (buffer.length - size < extra) {
      buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + extra));
    }
  }
}
