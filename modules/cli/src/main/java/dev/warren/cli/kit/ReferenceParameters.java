package dev.warren.cli.kit;

import java.util.List;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Gives {@code inspect} and {@code rm} their positional parameter from the noun they serve, so
 * the label and help text follow the noun while the verb is written once.
 */
public final class ReferenceParameters implements IModelTransformer {

  @Override
  public CommandSpec transform(CommandSpec spec) {
    // Picocli may hand the same model in more than once (a command with options of its own).
    if (spec.userObject() instanceof NounVerb verb && spec.positionalParameters().isEmpty()) {
      Noun<?> noun = verb.noun();
      boolean many = verb.takesMany();
      spec.addPositional(
          PositionalParamSpec.builder()
              .index(many ? "0..*" : "0")
              .arity(many ? "1..*" : "1")
              .paramLabel(noun.referenceLabel())
              .description("The " + (many ? noun.plural() : noun.singular()) + ".")
              .type(many ? List.class : String.class)
              .auxiliaryTypes(String.class)
              .required(true)
              .build());
    }
    return spec;
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
