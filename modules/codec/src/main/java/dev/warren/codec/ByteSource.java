package dev.warren.codec;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Reads the format's primitive encodings, failing with a {@link CodecException} on bad input. */
final class ByteSource {
  private final byte[] data;
  private int position;
  private CharsetDecoder utf8;

  ByteSource(byte[] data) {
    this.data = data;
  }

  int readByte() {
    need(1);
    return data[position++] & 0xFF;
  }

  long readVarLong() {
    long result = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      int b = readByte();
      if (shift == 63 && (b & 0xFE) != 0) {
        throw new CodecException("variable-length integer overflows 64 bits at offset " + position);
      }
      result |= (long) (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return result;
      }
    }
    throw new CodecException("variable-length integer is too long at offset " + position);
  }

  long readSignedVarLong() {
    long raw = readVarLong();
    return (raw >>> 1) ^ -(raw & 1);
  }

  int readSignedVarInt() {
    long value = readSignedVarLong();
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw new CodecException("int value " + value + " is out of range");
    }
    return (int) value;
  }

  long readFixedLong() {
    need(8);
    long value = 0;
    for (int i = 0; i < 8; i++) {
      value = (value << 8) | (data[position++] & 0xFF);
    }
    return value;
  }

  /**
   * A count of elements that follow, each at least one byte long; checked against what is left so
   * corrupt input cannot make the decoder allocate or loop far beyond the input's size.
   */
  int readCount() {
    long count = readVarLong();
    if (count < 0 || count > remaining()) {
      throw new CodecException(
          "count "
              + count
              + " at offset "
              + position
              + " exceeds the "
              + remaining()
              + " bytes left");
    }
    return (int) count;
  }

  byte[] readLengthPrefixed() {
    int length = readCount();
    byte[] bytes = Arrays.copyOfRange(data, position, position + length);
    position += length;
    return bytes;
  }

  /**
   * Strings up to this length are interned: the names, images and ids that many stored entities
   * repeat (every replica of a service names the service, its image and its node) are then held
   * once in a manager's heap, not once per decoded entity.
   */
  private static final int INTERNED_MAX_LENGTH = 64;

  String readString() {
    int length = readCount();
    if (length == 0) {
      return "";
    }
    if (utf8 == null) {
      utf8 =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
    try {
      String value = utf8.decode(ByteBuffer.wrap(data, position, length)).toString();
      position += length;
      return length <= INTERNED_MAX_LENGTH ? value.intern() : value;
    } catch (CharacterCodingException e) {
      throw new CodecException("malformed UTF-8 string at offset " + position, e);
    }
  }

  int remaining() {
    return data.length - position;
  }

  void requireEnd() {
    if (position != data.length) {
      throw new CodecException(remaining() + " unexpected trailing bytes at offset " + position);
    }
  }

  private void need(int count) {
    if (data.length - position < count) {
      throw new CodecException(
          "input is truncated: needs "
              + count
              + " more bytes at offset "
              + position
              + " of "
              + data.length);
    }
  }
}
