/** How the background loops run: one thread each, passes on demand, coalesced, and on timers. */
package dev.warren.application.loop;
