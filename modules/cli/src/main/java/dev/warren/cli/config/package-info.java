/** Typed configuration records for a manager process and for CLI clients. */
package dev.warren.cli.config;
