package dev.warren.cli;

import dev.warren.cli.config.DataDirectory;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that runs a manager node in the foreground until Ctrl-C ({@code cluster init}, {@code
 * server run}): they differ only in what they ask of the data directory first.
 */
public abstract class ForegroundManagerCommand implements Callable<Integer> {
  private final ControlPlaneLauncher launcher;

  @Spec CommandSpec spec;

  @Mixin ManagerNodeOptions node;

  protected ForegroundManagerCommand(CliPorts ports) {
    this.launcher = ports.launcher();
  }

  /**
   * Refuses a data directory this command cannot run on.
   *
   * @throws dev.warren.domain.error.DomainException saying what to run instead
   */
  protected abstract void requireUsable(DataDirectory directory);

  @Override
  public final Integer call() throws InterruptedException {
    DataDirectory directory = node.dataDirectory();
    requireUsable(directory);
    return ForegroundManager.run(spec, launcher, node, directory);
  }
}
