/** The port's reader and writer views over one Xodus transaction. */
package dev.warren.adapters.storage.tx;
