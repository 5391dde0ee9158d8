/** Start and stop of a manager process: order, data-directory lock and readiness. */
package dev.warren.bootstrap.lifecycle;
