/** The {@code warren} command line: root command, shared options, error handling and exit codes. */
package dev.warren.cli;
