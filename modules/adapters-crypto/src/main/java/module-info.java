/** Warren's certificate authority and secret encryption on Bouncy Castle. */
module dev.warren.adapters.crypto {
  requires org.bouncycastle.pkix;
  requires org.bouncycastle.provider;
  requires org.bouncycastle.util;
  requires transitive dev.warren.domain;

  exports dev.warren.adapters.crypto;
}
