/** {@code warren cluster ...}: create a cluster and describe it. */
package dev.warren.cli.cluster;
