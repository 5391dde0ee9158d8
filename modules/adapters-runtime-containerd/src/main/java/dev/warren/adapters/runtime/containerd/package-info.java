/**
 * The containerd runtime: images pulled from OCI registries into containerd's content store and
 * unpacked to snapshots, one containerd container and task per Warren container in a namespace of
 * Warren's own, labelled so a restarted worker adopts what it left running.
 */
package dev.warren.adapters.runtime.containerd;
