/**
 * The noun-generic verbs ({@code ls}, {@code inspect}, {@code rm}) and the {@link
 * dev.warren.cli.kit.Noun} description they serve: connecting, looking a reference up, output
 * formats and the remove loop live here once, so a noun's commands hold only what is particular to
 * the noun.
 */
package dev.warren.cli.kit;
