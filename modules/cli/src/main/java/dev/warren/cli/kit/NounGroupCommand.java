package dev.warren.cli.kit;

import java.util.Objects;
import picocli.CommandLine.Command;

/**
 * A noun's group command ({@code warren secret}): holds the noun its generic verbs serve. {@link
 * NounVerbs}, the model transformer every group inherits from here, hands the noun to them, and
 * sets the group's description, so a group's own {@code @Command} says only its name and
 * noun-specific subcommands.
 *
 * @param <T> the domain object
 */
@Command(modelTransformer = NounVerbs.class, synopsisSubcommandLabel = "COMMAND")
public abstract class NounGroupCommand<T> {
  private final Noun<T> noun;
  private final String description;

  /**
   * @param description what the group is for, its help line (given here rather than in
   *     {@code @Command}, so that the annotation holds only the group's name and own verbs)
   */
  protected NounGroupCommand(Noun<T> noun, String description) {
    this.noun = Objects.requireNonNull(noun, "noun");
    this.description = Objects.requireNonNull(description, "description");
  }

  public final Noun<T> noun() {
    return noun;
  }

  public final String description() {
    return description;
  }
}
