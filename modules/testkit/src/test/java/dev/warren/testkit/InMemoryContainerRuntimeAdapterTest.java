package dev.warren.testkit;

import dev.warren.domain.port.out.ContainerRuntimePort;
import java.util.List;

class InMemoryContainerRuntimeAdapterTest extends ContainerRuntimePortContract {
  private final InMemoryContainerRuntimeAdapter.Store store =
      new InMemoryContainerRuntimeAdapter.Store();

  @Override
  protected ContainerRuntimePort open() {
    return new InMemoryContainerRuntimeAdapter(store, java.time.InstantSource.system());
  }

  @Override
  protected void close(ContainerRuntimePort runtime) {}

  @Override
  protected String image() {
    return InMemoryContainerRuntimeAdapter.IMAGE;
  }

  @Override
  protected String foreignImage() {
    return "nginx:1.27";
  }

  @Override
  protected List<String> printsTicks() {
    return List.of("ticks");
  }

  @Override
  protected List<String> printsThenRuns(String line) {
    return List.of("run", line);
  }

  @Override
  protected List<String> printsVariableThenRuns(String name) {
    return List.of("print-env", name);
  }

  @Override
  protected List<String> exitsWith(int code) {
    return List.of("exit", Integer.toString(code));
  }

  @Override
  protected List<String> ignoresStopSignal() {
    return List.of("ignore-stop");
  }

  @Override
  protected List<String> printsSecretThenRuns(String name) {
    return List.of("print-secret", name);
  }

  @Override
  protected List<String> writesToVolumeThenRuns(
      String volume, String target, String file, String text) {
    return List.of("write-volume", volume, file, text);
  }

  @Override
  protected List<String> execExiting(int code) {
    return List.of("exit", Integer.toString(code));
  }

  @Override
  protected List<String> execPrinting(String text) {
    return List.of("echo", text);
  }

  @Override
  protected List<String> missingCommand() {
    return List.of("no-such-command");
  }
}
