package dev.warren.cli;

import java.io.PrintWriter;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code warren completion [bash|zsh]}: prints a completion script generated from the command tree
 * at run time, so every command and option, including ones added later, completes. The script is
 * picocli's; it runs in bash and, through {@code bashcompinit}, in zsh.
 */
@Command(
    name = "completion",
    description = {
      "Print a shell completion script.",
      "bash: source <(warren completion bash)   (or save it under"
          + " /etc/bash_completion.d/warren)",
      "zsh:  source <(warren completion zsh)   (the script loads bashcompinit itself)"
    })
public final class CompletionCommand implements Callable<Integer> {

  /** The shells the script supports. */
  enum Shell {
    BASH,
    ZSH
  }

  /** What shell completion offers for SHELL. */
  static final class ShellNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return List.of("bash", "zsh").iterator();
    }
  }

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "SHELL",
      defaultValue = "bash",
      completionCandidates = ShellNames.class,
      description = "bash or zsh (default: ${DEFAULT-VALUE}).")
  Shell shell;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    // One script serves both shells: picocli's checks for zsh and loads bashcompinit there.
    out.print(AutoComplete.bash(spec.root().name(), spec.root().commandLine()));
    out.flush();
    return ExitCodes.OK;
  }
}
