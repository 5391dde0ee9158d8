package dev.warren.domain.port.out;

/**
 * This manager's copy of the {@link ClusterKeys} in its data directory: read to hand them to a
 * joining manager, written by a joining manager before its CA and cipher open them.
 */
public interface ClusterKeysPort {

  /**
   * The CA certificate and key and the data key this manager holds.
   *
   * @throws dev.warren.domain.error.FailedPreconditionException if this data directory lacks one of
   *     them (a manager that has not received them)
   * @throws java.io.UncheckedIOException if a file exists but cannot be read
   */
  ClusterKeys read();

  /**
   * Stores {@code keys} with owner-only permissions where the CA and the cipher read them,
   * replacing what is there.
   *
   * @throws dev.warren.domain.error.InvalidSpecException if the CA key does not match the CA
   *     certificate or the data key has the wrong length
   * @throws java.io.UncheckedIOException if the files cannot be written
   */
  void install(ClusterKeys keys);
}
