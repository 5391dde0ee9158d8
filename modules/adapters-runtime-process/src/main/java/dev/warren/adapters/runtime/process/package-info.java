/**
 * The local-process runtime: a container whose image is {@code process://} runs its command as a
 * host process in a session and process group of its own, so it outlives the worker and is stopped
 * as a whole group. What it started is recorded on disk and adopted after a restart.
 */
package dev.warren.adapters.runtime.process;
