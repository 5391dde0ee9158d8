/** Bouncy Castle adapters: the cluster certificate authority and the secret cipher. */
module dev.warren.adapters.crypto {
  requires org.bouncycastle.pkix;
  requires org.bouncycastle.provider;
  requires org.bouncycastle.util;
  requires transitive dev.warren.domain;

  exports dev.warren.adapters.crypto;
}
