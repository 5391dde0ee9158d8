package dev.warren.codec;

/** Writes and reads one declared type; built once per type and shared by all threads. */
interface ValueCodec {

  /**
   * @throws CodecException if {@code value} is null or cannot be encoded
   */
  void write(Object value, ByteSink out);

  /**
   * @throws CodecException if the input does not hold a valid value of this type
   */
  Object read(ByteSource in);
}
