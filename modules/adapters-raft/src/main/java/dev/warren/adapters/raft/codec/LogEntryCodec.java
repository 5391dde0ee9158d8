package dev.warren.adapters.raft.codec;

import dev.warren.codec.DomainCodec;
import dev.warren.domain.change.StateChange;
import java.util.Arrays;

/**
 * The bytes of one Raft log entry: a format byte, then the {@link DomainCodec} bytes of a {@link
 * StateChange}. The log is persistence, replayed years later by newer builds, so a format byte
 * keeps its meaning forever; a new layout gets a new byte.
 */
public final class LogEntryCodec {
  private static final byte FORMAT_DOMAIN_CODEC = 1;

  private LogEntryCodec() {}

  /**
   * Encodes {@code change} as a log entry.
   *
   * @throws dev.warren.codec.CodecException if the change cannot be encoded (a bug)
   */
  public static byte[] encode(StateChange change) {
    byte[] body = DomainCodec.encode(change);
    byte[] entry = new byte[body.length + 1];
    entry[0] = FORMAT_DOMAIN_CODEC;
    System.arraycopy(body, 0, entry, 1, body.length);
    return entry;
  }

  /**
   * Decodes a log entry written by {@link #encode}.
   *
   * @throws IllegalArgumentException if the entry is empty or of an unknown format
   * @throws dev.warren.codec.CodecException if the body is not a valid state change
   */
  public static StateChange decode(byte[] entry) {
    if (entry.length == 0) {
      throw new IllegalArgumentException("empty Raft log entry");
    }
    if (entry[0] != FORMAT_DOMAIN_CODEC) {
      throw new IllegalArgumentException(
          "Raft log entry has unknown format " + entry[0] + "; this build reads format 1");
    }
    return DomainCodec.decode(StateChange.class, Arrays.copyOfRange(entry, 1, entry.length));
  }
}
