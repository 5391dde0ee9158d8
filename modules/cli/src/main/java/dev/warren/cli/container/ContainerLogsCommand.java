package dev.warren.cli.container;

import dev.warren.cli.CliPorts;
import dev.warren.cli.ExitCodes;
import dev.warren.cli.ManagerClient;
import dev.warren.cli.ManagerCommand;
import dev.warren.domain.model.logs.LogFollow;
import dev.warren.domain.model.logs.LogSink;
import dev.warren.domain.model.logs.LogTail;
import dev.warren.domain.port.in.StreamContainerLogsRequest;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code warren container logs ID|SERVICE}: what a container, or each replica of a service, wrote,
 * read from their nodes through the manager; with {@code --follow} until interrupted (Ctrl-C
 * cancels the stream, so the nodes stop reading).
 */
@Command(
    name = "logs",
    description = "Print what a container, or each replica of a service, writes.")
public final class ContainerLogsCommand extends ManagerCommand {
  @Parameters(
      index = "0",
      paramLabel = "ID|SERVICE",
      description = "A container's id, or a service's name or id (its replicas' lines are marked).")
  String target;

  @Option(
      names = {"-f", "--follow"},
      description = "Keep printing new lines until interrupted.")
  boolean follow;

  @Option(
      names = "--tail",
      paramLabel = "N|all",
      defaultValue = "all",
      description =
          "Print only the last N lines of each container first (default: ${DEFAULT-VALUE}).")
  String tail;

  ContainerLogsCommand(CliPorts ports) {
    super(ports);
  }

  @Override
  public Integer call() throws InterruptedException {
    var request = new StreamContainerLogsRequest(target, LogTail.parse(tail), follow);
    var printed = new Printed(out(), spec.commandLine().getErr());
    try (ManagerClient manager = connect()) {
      LogFollow stream = manager.logs().stream(request, printed);
      // Ctrl-C ends the JVM: cancel the stream first, so the manager and the nodes stop reading.
      Thread cancel = new Thread(stream::close, "cancel-container-logs");
      Runtime.getRuntime().addShutdownHook(cancel);
      try {
        printed
            .end
            .get()
            .ifPresent(
                failure -> {
                  throw failure;
                });
      } catch (ExecutionException impossible) {
        throw new IllegalStateException(impossible.getCause());
      } finally {
        stream.close();
        removeHook(cancel);
      }
    }
    return ExitCodes.OK;
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running: it closes the stream
    }
  }

  /** Lines to standard output as they come, a replica's marked; problems to standard error. */
  private static final class Printed implements LogSink {
    final CompletableFuture<Optional<RuntimeException>> end = new CompletableFuture<>();
    private final PrintWriter out;
    private final PrintWriter err;

    Printed(PrintWriter out, PrintWriter err) {
      this.out = out;
      this.err = err;
    }

    @Override
    public void line(String source, String text) {
      out.println(source.isEmpty() ? text : source + " | " + text);
      out.flush();
    }

    @Override
    public void problem(String source, String message) {
      err.println("warning: " + source + ": " + message);
      err.flush();
    }

    @Override
    public void ended(Optional<RuntimeException> failure) {
      end.complete(failure);
    }
  }
}
