/** {@code warren volume ...}: create, list, inspect and remove volumes. */
package dev.warren.cli.volume;
