/**
 * The replicated log on Apache Ratis. Ratis is an automatic module and cannot require anything, so
 * this module requires what it needs at run time (org.slf4j, jdk.unsupported).
 */
module dev.warren.adapters.raft {
  requires dev.warren.codec;
  requires dev.warren.domain;
  requires jdk.unsupported;
  requires org.apache.ratis;
  requires org.slf4j;

  exports dev.warren.adapters.raft;
}
