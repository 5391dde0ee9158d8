/** How keys, entities and the applied index are laid out as Xodus bytes. */
package dev.warren.adapters.storage.codec;
