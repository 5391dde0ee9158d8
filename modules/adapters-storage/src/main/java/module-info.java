/**
 * Cluster state persisted in Xodus. Xodus is an automatic module and cannot require anything, so
 * this module requires what it needs at run time (kotlin.stdlib, jdk.unsupported, org.slf4j).
 */
module dev.warren.adapters.storage {
  requires dev.warren.codec;
  requires transitive dev.warren.domain;
  requires jetbrains.exodus;
  requires jdk.unsupported;
  requires kotlin.stdlib;
  requires org.slf4j;

  exports dev.warren.adapters.storage;
}
