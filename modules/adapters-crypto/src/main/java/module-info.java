/** Warren's certificate authority and secret encryption on Bouncy Castle. */
module dev.warren.adapters.crypto {
  requires dev.warren.domain;
  requires org.bouncycastle.pkix;
  requires org.bouncycastle.provider;
  requires org.bouncycastle.util;

  exports dev.warren.adapters.crypto;
}
