package dev.warren.domain.port.in;

/**
 * An open watch of a service's rollout. Closing it stops the snapshots; none arrives once close has
 * returned, and the sink's {@code ended} is then not called. Idempotent and safe from any thread.
 */
@FunctionalInterface
public interface RolloutWatch extends AutoCloseable {

  /** A watch with nothing to stop (one that already ended). */
  static RolloutWatch ended() {
    return () -> {};
  }

  @Override
  void close();
}
