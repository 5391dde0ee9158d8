/** Text renderings of domain objects for the CLI: JSON, aligned tables and relative times. */
package dev.warren.cli.render;
