/**
 * The noun-generic verbs ({@code ls}, {@code inspect}, {@code rm}): connecting, looking a reference
 * up, output formats and the remove loop live here once, so a noun's commands hold only what is
 * particular to the noun.
 */
package dev.warren.cli.kit;
