package dev.warren.cli.kit;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Binds a {@link NounGroup}'s generic verbs to its noun once the group's subcommands exist: each
 * verb learns the noun, gets the noun's help line, and (for {@code inspect} and {@code rm}) a
 * positional parameter labelled and described for the noun.
 */
public final class NounVerbs implements IModelTransformer {

  @Override
  public CommandSpec transform(CommandSpec group) {
    if (group.userObject() instanceof NounGroup owner) {
      Noun<?> noun = owner.noun();
      // A subcommand with an alias is listed once per name: bind each command once.
      for (CommandLine child : group.subcommands().values()) {
        if (child.getCommand() instanceof NounVerb verb && !verb.isBound()) {
          bind(verb, noun, child.getCommandSpec());
        }
      }
    }
    return group;
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
