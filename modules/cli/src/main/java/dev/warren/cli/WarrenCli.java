package dev.warren.cli;

import dev.warren.cli.config.TcpAddress;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IFactory;

/**
 * Builds the configured {@code warren} command line, for {@code Main} and for tests alike.
 *
 * <p>picocli builds a command's model by reflection over its class and every subcommand's, which
 * for the whole tree costs more than most commands take to run. {@link #forArguments} therefore
 * builds only the branch the arguments name ({@code warren service ls ...} builds {@code service}
 * and its verbs) and the bare root for {@code warren --version}. Any other command line (help, no
 * command, an unknown one, an option the root does not know) gets the whole tree, so usage and
 * error messages are exactly those of the whole tree.
 */
public final class WarrenCli {
  /** Top-level commands that read the whole tree when they run. */
  private static final Set<Class<?>> WHOLE_TREE_COMMANDS = Set.of(CompletionCommand.class);

  /** Root options that take a value as the next argument. */
  private static final Set<String> ROOT_OPTIONS_WITH_VALUE = Set.of("--manager", "--socket");

  private static final Set<String> ROOT_FLAGS = Set.of("--stale");

  private static final Set<String> VERSION_ONLY = Set.of("--version", "-V");

  private static final Map<String, Class<?>> BY_NAME = byName(WarrenCommand.SUBCOMMANDS);

  private WarrenCli() {}

  /**
   * The whole command line, whose commands come from {@code factory}, in this process's
   * environment.
   */
  public static CommandLine create(IFactory factory) {
    return create(factory, CliEnvironment.system());
  }

  /** The whole command line, whose commands come from {@code factory}, in {@code environment}. */
  public static CommandLine create(IFactory factory, CliEnvironment environment) {
    return configured(root(factory, environment, WarrenCommand.SUBCOMMANDS));
  }

  /** The same with captured streams, in this process's environment. */
  public static CommandLine create(IFactory factory, PrintWriter out, PrintWriter err) {
    return create(factory).setOut(out).setErr(err);
  }

  /** The same with captured streams, in {@code environment}. */
  public static CommandLine create(
      IFactory factory, CliEnvironment environment, PrintWriter out, PrintWriter err) {
    return create(factory, environment).setOut(out).setErr(err);
  }

  /**
   * A command line that runs {@code args} as the whole one would, holding only the branch {@code
   * args} names (see the class comment), in this process's environment.
   */
  public static CommandLine forArguments(IFactory factory, String... args) {
    return forArguments(factory, CliEnvironment.system(), args);
  }

  /** The same in {@code environment}. */
  public static CommandLine forArguments(
      IFactory factory, CliEnvironment environment, String... args) {
    List<Class<?>> branch = branchOf(List.of(args)).orElse(WarrenCommand.SUBCOMMANDS);
    return configured(root(factory, environment, branch));
  }

  /**
   * The top-level commands a run of {@code args} needs: none for a bare {@code --version}, the one
   * it names when nothing before that name could change how the rest is read, else empty (the whole
   * tree).
   */
  static Optional<List<Class<?>>> branchOf(List<String> args) {
    if (args.size() == 1 && VERSION_ONLY.contains(args.getFirst())) {
      return Optional.of(List.of());
    }
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (ROOT_OPTIONS_WITH_VALUE.contains(arg)) {
        i++; // its value, whatever it looks like
      } else if (isRootOptionWithAttachedValue(arg) || ROOT_FLAGS.contains(arg)) {
        continue;
      } else if (arg.startsWith("-") || arg.startsWith("@")) {
        // Help, version, an unknown option, "--" or an @argument-file: leave it to the whole tree.
        return Optional.empty();
      } else {
        Class<?> command = BY_NAME.get(arg);
        return command == null || WHOLE_TREE_COMMANDS.contains(command)
            ? Optional.empty()
            : Optional.of(List.of(command));
      }
    }
    return Optional.empty();
  }

  private static boolean isRootOptionWithAttachedValue(String arg) {
    int equals = arg.indexOf('=');
    return equals > 0 && ROOT_OPTIONS_WITH_VALUE.contains(arg.substring(0, equals));
  }

  private static CommandLine root(
      IFactory factory, CliEnvironment environment, List<Class<?>> subcommands) {
    var root = new CommandLine(new WarrenCommand(environment), factory);
    for (Class<?> subcommand : subcommands) {
      root.addSubcommand(new CommandLine(subcommand, factory));
    }
    return root;
  }

  // After the subcommands are added: these settings are handed down to the subcommands that exist.
  // The converters serve every option of their type, so an option declares only its name and help;
  // without them picocli would read durations the ISO way (PT5S) instead of as 5s.
  private static CommandLine configured(CommandLine root) {
    var exitCodes = new ExitCodes();
    var errors = new ErrorReporter(exitCodes);
    return root.registerConverter(Duration.class, new DurationConverter())
        .registerConverter(TcpAddress.class, new TcpAddressConverter())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExitCodeExceptionMapper(exitCodes)
        .setExecutionExceptionHandler(errors)
        .setParameterExceptionHandler(errors);
  }

  private static Map<String, Class<?>> byName(List<Class<?>> commands) {
    Map<String, Class<?>> byName = new HashMap<>();
    for (Class<?> command : commands) {
      Command annotation = command.getAnnotation(Command.class);
      byName.put(annotation.name(), command);
      for (String alias : annotation.aliases()) {
        byName.put(alias, command);
      }
    }
    return Map.copyOf(byName);
  }
}
