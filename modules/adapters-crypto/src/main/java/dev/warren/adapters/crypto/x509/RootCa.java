package dev.warren.adapters.crypto.x509;

import java.security.KeyPair;
import java.util.Objects;
import org.bouncycastle.cert.X509CertificateHolder;

/** A freshly created root: its key pair and its self-signed certificate. */
public record RootCa(KeyPair keyPair, X509CertificateHolder certificate) {
  public RootCa {
    Objects.requireNonNull(keyPair, "keyPair");
    Objects.requireNonNull(certificate, "certificate");
  }
}
