/** {@code warren container ...}: list and inspect containers (a service's replicas). */
package dev.warren.cli.container;
