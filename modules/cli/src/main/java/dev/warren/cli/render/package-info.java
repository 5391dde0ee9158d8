/**
 * Text renderings of domain objects for the CLI: JSON, YAML, tables of columns, aligned details and
 * relative times.
 */
package dev.warren.cli.render;
