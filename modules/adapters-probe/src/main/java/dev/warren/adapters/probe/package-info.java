/** Health probes of containers, run from their node. */
package dev.warren.adapters.probe;
