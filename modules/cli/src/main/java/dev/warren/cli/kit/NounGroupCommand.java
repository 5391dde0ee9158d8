package dev.warren.cli.kit;

import java.util.Objects;
import picocli.CommandLine.Command;

/**
 * A noun's group command ({@code warren secret}): holds the noun its generic verbs serve. {@link
 * NounVerbs}, the model transformer every group inherits from here, hands the noun to them, so a
 * group's own {@code @Command} says only its name, description and noun-specific subcommands.
 *
 * @param <T> the domain object
 */
@Command(modelTransformer = NounVerbs.class, synopsisSubcommandLabel = "COMMAND")
public abstract class NounGroupCommand<T> {
  private final Noun<T> noun;

  protected NounGroupCommand(Noun<T> noun) {
    this.noun = Objects.requireNonNull(noun, "noun");
  }

  public final Noun<T> noun() {
    return noun;
  }
}
