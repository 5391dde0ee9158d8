/** The one versioned binary format of domain values, shared by the replicated log and the store. */
module dev.warren.codec {
  requires transitive dev.warren.domain;

  exports dev.warren.codec;
}
