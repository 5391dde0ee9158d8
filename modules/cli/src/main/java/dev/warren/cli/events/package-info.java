/** {@code warren events}: follow the cluster's events. */
package dev.warren.cli.events;
