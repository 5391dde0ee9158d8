package dev.warren.cli.kit;

import dev.warren.cli.CliPorts;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Completes a {@link NounGroupCommand} once its own subcommands exist: adds each generic verb the
 * noun has help for and the group does not implement itself, puts all verbs in {@link #VERB_ORDER},
 * and binds the generic verbs to the noun. Each bound verb learns the noun, gets the noun's help
 * line, and (for {@code inspect} and {@code rm}) a positional parameter labelled and described for
 * the noun. A group's {@code subcommands} therefore list only its noun-specific commands.
 */
public final class NounVerbs implements IModelTransformer {
  /** The order in which every group lists its verbs (and help shows them). */
  private static final List<String> VERB_ORDER =
      List.of("create", "ls", "inspect", "update", "scale", "rm", "rollback", "ps", "logs");

  private static final Map<String, Function<CliPorts, Object>> GENERIC_VERBS =
      Map.of("ls", ListCommand::new, "inspect", InspectCommand::new, "rm", RemoveCommand::new);

  private final CliPorts ports;

  NounVerbs(CliPorts ports) {
    this.ports = Objects.requireNonNull(ports, "ports");
  }

  @Override
  public CommandSpec transform(CommandSpec group) {
    if (group.userObject() instanceof NounGroupCommand<?> owner) {
      Noun<?> noun = owner.noun();
      group.usageMessage().description(owner.description());
      GENERIC_VERBS.forEach(
          (verb, command) -> {
            if (noun.help().containsKey(verb) && !group.subcommands().containsKey(verb)) {
              group.addSubcommand(verb, new CommandLine(command.apply(ports)));
            }
          });
      putInVerbOrder(group);
      // A subcommand with an alias is listed once per name: bind each command once.
      for (CommandLine child : group.subcommands().values()) {
        if (child.getCommand() instanceof NounVerb verb && !verb.isBound()) {
          bind(verb, noun, child.getCommandSpec());
        }
      }
    }
    return group;
  }

  private static void putInVerbOrder(CommandSpec group) {
    Map<String, CommandLine> byName = new LinkedHashMap<>(group.subcommands());
    List<CommandLine> verbs =
        byName.values().stream()
            .distinct()
            .sorted(Comparator.comparingInt(verb -> placeOf(verb.getCommandName())))
            .toList();
    byName.keySet().forEach(group::removeSubcommand);
    for (CommandLine verb : verbs) {
      // Adding a verb copies the group's inherited options into it: drop the earlier copies first.
      CommandSpec spec = verb.getCommandSpec();
      spec.options().stream().filter(OptionSpec::inherited).toList().forEach(spec::remove);
      group.addSubcommand(verb.getCommandName(), verb);
    }
  }

  private static int placeOf(String verb) {
    int place = VERB_ORDER.indexOf(verb);
    if (place < 0) {
      throw new IllegalStateException("verb '" + verb + "' has no place in " + VERB_ORDER);
    }
    return place;
  }

  private static void bind(NounVerb verb, Noun<?> noun, CommandSpec spec) {
    verb.bind(noun);
    spec.usageMessage().description(noun.helpOf(spec.name()));
    NounVerb.Arity arity = verb.references();
    if (arity == NounVerb.Arity.NONE) {
      return;
    }
    boolean many = arity == NounVerb.Arity.MANY;
    spec.addPositional(
        PositionalParamSpec.builder()
            .index(many ? "0..*" : "0")
            .arity(many ? "1..*" : "1")
            .required(true)
            .paramLabel(noun.referenceLabel())
            .description("The " + (many ? noun.plural() : noun.singular()) + ".")
            .type(many ? List.class : String.class)
            .auxiliaryTypes(String.class)
            .build());
  }

  /** The references the user gave, from the parameter {@link #transform} added. */
  static List<String> given(CommandSpec spec) {
    Object value = spec.positionalParameters().getFirst().getValue();
    if (value instanceof List<?> list) {
      return list.stream().map(String::valueOf).toList();
    }
    return List.of(String.valueOf(value));
  }
}
