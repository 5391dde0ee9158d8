/** A pure-Java, versioned binary codec for Warren's domain records. */
module dev.warren.codec {
  requires transitive dev.warren.domain;

  exports dev.warren.codec;
}
