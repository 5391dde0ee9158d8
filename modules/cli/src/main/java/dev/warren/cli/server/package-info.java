/** {@code warren server run}: run an existing manager node in the foreground. */
package dev.warren.cli.server;
