package dev.warren.adapters.raft.codec;

import dev.warren.codec.DomainCodec;
import dev.warren.domain.port.in.ApplyOutcome;
import java.nio.ByteBuffer;

/**
 * The messages between the embedded Raft client and the state machine that are not log entries:
 * apply outcomes, the read-barrier query and its answer. They are never stored, so they carry no
 * format byte of their own.
 */
public final class ReplyCodec {
  private static final byte[] APPLIED_INDEX_QUERY = {'i'};

  private ReplyCodec() {}

  /** Encodes what applying an entry did, for the proposer. */
  public static byte[] encodeOutcome(ApplyOutcome outcome) {
    return DomainCodec.encode(outcome);
  }

  /**
   * Decodes an apply outcome.
   *
   * @throws dev.warren.codec.CodecException if the bytes are not an outcome
   */
  public static ApplyOutcome decodeOutcome(byte[] bytes) {
    return DomainCodec.decode(ApplyOutcome.class, bytes);
  }

  /** The read-only query that asks the state machine for its applied index. */
  public static byte[] appliedIndexQuery() {
    return APPLIED_INDEX_QUERY.clone();
  }

  /** Whether {@code query} is the {@link #appliedIndexQuery()}. */
  public static boolean isAppliedIndexQuery(byte[] query) {
    return query.length == 1 && query[0] == APPLIED_INDEX_QUERY[0];
  }

  public static byte[] encodeIndex(long index) {
    return ByteBuffer.allocate(Long.BYTES).putLong(index).array();
  }

  /**
   * Decodes an index written by {@link #encodeIndex}.
   *
   * @throws IllegalArgumentException if the bytes are not a long
   */
  public static long decodeIndex(byte[] bytes) {
    if (bytes.length != Long.BYTES) {
      throw new IllegalArgumentException("applied index reply has " + bytes.length + " bytes");
    }
    return ByteBuffer.wrap(bytes).getLong();
  }
}
