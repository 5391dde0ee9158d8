/** {@code warren secret ...}: create, list, inspect and remove secrets. */
package dev.warren.cli.secret;
