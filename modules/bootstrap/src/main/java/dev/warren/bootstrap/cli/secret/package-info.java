/** {@code warren secret ...}: create, list, inspect and remove secrets. */
package dev.warren.bootstrap.cli.secret;
