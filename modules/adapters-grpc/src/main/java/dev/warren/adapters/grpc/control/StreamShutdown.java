package dev.warren.adapters.grpc.control;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The streams one server must end itself when it shuts down, since they never finish on their own
 * (StreamEvents). Thread-safe.
 */
public final class StreamShutdown {
  private final List<Consumer<String>> enders = new CopyOnWriteArrayList<>();

  void onShutdown(Consumer<String> ender) {
    enders.add(ender);
  }

  /** Ends every registered stream, and every one started from now on, naming {@code reason}. */
  public void endAll(String reason) {
    enders.forEach(ender -> ender.accept(reason));
  }
}
