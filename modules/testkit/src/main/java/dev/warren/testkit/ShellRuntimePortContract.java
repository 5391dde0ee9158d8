package dev.warren.testkit;

import java.util.List;

/**
 * The runtime contract for runtimes whose containers have a POSIX {@code sh} (host processes, OCI
 * images with busybox): the workloads that need nothing particular to the runtime are written here
 * once, and a subclass supplies the rest.
 */
public abstract class ShellRuntimePortContract extends ContainerRuntimePortContract {

  @Override
  protected List<String> exitsWith(int code) {
    return List.of("sh", "-c", "exit " + code);
  }

  @Override
  protected List<String> ignoresStopSignal() {
    return List.of("sh", "-c", "trap '' TERM; echo ready; while true; do sleep 1; done");
  }

  @Override
  protected List<String> missingCommand() {
    return List.of("warren-no-such-command");
  }

  @Override
  protected List<String> execExiting(int code) {
    return List.of("sh", "-c", "exit " + code);
  }

  @Override
  protected List<String> execPrinting(String text) {
    return List.of("sh", "-c", "echo \"$0\"", text);
  }
}
