/** The Micrometer registry's Prometheus exposition and the health endpoints of a manager. */
package dev.warren.bootstrap.metrics;
