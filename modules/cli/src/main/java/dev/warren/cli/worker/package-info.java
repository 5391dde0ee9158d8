/**
 * {@code warren worker ...}: run this machine as a standalone worker of a cluster, and the port the
 * composition root implements to start one.
 */
package dev.warren.cli.worker;
