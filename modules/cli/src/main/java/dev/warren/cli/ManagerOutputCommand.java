package dev.warren.cli;

import picocli.CommandLine.Mixin;

/** A {@link ManagerCommand} that also takes the output options ({@code -q}, {@code --format}). */
public abstract class ManagerOutputCommand extends ManagerCommand {

  @Mixin protected OutputOptions output;

  protected ManagerOutputCommand(CliPorts ports) {
    super(ports);
  }
}
