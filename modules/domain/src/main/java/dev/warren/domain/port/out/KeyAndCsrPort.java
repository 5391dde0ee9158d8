package dev.warren.domain.port.out;

/**
 * Makes a new private key and a certificate signing request for it, so that a client can ask the
 * cluster CA for a certificate without its key ever leaving the machine.
 */
public interface KeyAndCsrPort {

  /**
   * A fresh key pair and a PKCS#10 request signed with it, naming {@code commonName} as CN (the CA
   * sets the subject it certifies anyway; the CN only makes the request readable).
   *
   * @throws dev.warren.domain.error.InvalidSpecException if {@code commonName} is blank
   */
  GeneratedCsr newKeyAndCsr(String commonName);
}
