package dev.warren.domain.port.in;

/** Opens a live feed of one node's containers. */
public interface WatchContainersUseCase {
  /**
   * Opens a watch: its first events add every container the node has now, then every change
   * committed after that point follows in commit order, without gap or repeat. {@code wakeUp} runs
   * whenever new events are ready to {@link ContainerWatch#poll} or the watch was cut off; it runs
   * on the thread that applies the log, so it must only hand the work to another thread.
   *
   * @throws dev.warren.domain.error.NotFoundException if the node is not registered
   * @throws dev.warren.domain.error.UnavailableException if the current set cannot be read
   */
  ContainerWatch watch(WatchContainersRequest request, Runnable wakeUp);
}
