package dev.warren.cli.kit;

/**
 * A noun's group command ({@code warren secret}): says which noun its generic verbs serve. Its
 * {@code @Command} names {@link NounVerbs} as model transformer, which hands the noun to them.
 */
public interface NounGroup {
  Noun<?> noun();
}
