/**
 * The cluster state store over JetBrains Xodus: {@link
 * dev.warren.adapters.storage.XodusClusterStateAdapter}.
 */
package dev.warren.adapters.storage;
