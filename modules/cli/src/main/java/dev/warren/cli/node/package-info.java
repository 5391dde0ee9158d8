/** {@code warren node ...}: list, inspect and remove the cluster's nodes. */
package dev.warren.cli.node;
