/**
 * Container logs as the cluster reads them: a tail of what was written, and a follow that delivers
 * new lines until the reader closes it.
 */
package dev.warren.domain.model.logs;
