/**
 * The replicated log on Apache Ratis. Ratis is an automatic module and cannot require anything, so
 * this module requires what it needs at run time (org.slf4j, jdk.unsupported); java.naming reads
 * certificate subjects.
 */
module dev.warren.adapters.raft {
  requires dev.warren.codec;
  requires dev.warren.tls;
  requires java.naming;
  requires jdk.unsupported;
  requires org.apache.ratis;
  requires org.slf4j;
  requires transitive dev.warren.domain;

  exports dev.warren.adapters.raft;
}
