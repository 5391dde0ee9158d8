/** Snapshot archives of the Xodus environment and the directory swap that installs one. */
package dev.warren.adapters.storage.snapshot;
