package dev.warren.adapters.crypto.x509;

import dev.warren.domain.error.InvalidSpecException;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.pkcs.Attribute;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.PKCSException;

/**
 * A PKCS#10 request the cluster CA accepts: its signature verifies with its own key (the client
 * holds that key), the key is EC P-256 or RSA of at least 2048 bits, and its subject alternative
 * names are DNS names and IP addresses only. The subject is never read: the CA sets it.
 */
public final class CertificateSigningRequest {
  private static final int MIN_RSA_BITS = 2048;

  private final SubjectPublicKeyInfo publicKey;
  private final boolean rsa;
  private final List<String> dnsNames;
  private final List<String> ipAddresses;

  private CertificateSigningRequest(
      SubjectPublicKeyInfo publicKey,
      boolean rsa,
      List<String> dnsNames,
      List<String> ipAddresses) {
    this.publicKey = publicKey;
    this.rsa = rsa;
    this.dnsNames = dnsNames;
    this.ipAddresses = ipAddresses;
  }

  /**
   * Reads and checks a DER PKCS#10 request.
   *
   * @throws InvalidSpecException if it is not PKCS#10, its signature does not verify, its key is
   *     not accepted or it asks for another kind of subject alternative name
   */
  public static CertificateSigningRequest verify(byte[] der, Provider provider) {
    PKCS10CertificationRequest request;
    try {
      request = new PKCS10CertificationRequest(der);
    } catch (IOException | RuntimeException e) {
      throw new InvalidSpecException("the CSR is not a PKCS#10 certificate request");
    }
    SubjectPublicKeyInfo key = request.getSubjectPublicKeyInfo();
    boolean verified;
    try {
      verified =
          request.isSignatureValid(
              new JcaContentVerifierProviderBuilder().setProvider(provider).build(key));
    } catch (OperatorCreationException | PKCSException | RuntimeException e) {
      verified = false;
    }
    if (!verified) {
      throw new InvalidSpecException("the CSR's signature does not verify");
    }
    boolean rsa = checkKey(key);
    var dnsNames = new ArrayList<String>();
    var ipAddresses = new ArrayList<String>();
    for (Attribute attribute :
        request.getAttributes(PKCSObjectIdentifiers.pkcs_9_at_extensionRequest)) {
      for (var value : attribute.getAttrValues()) {
        GeneralNames names =
            GeneralNames.fromExtensions(
                Extensions.getInstance(value), Extension.subjectAlternativeName);
        if (names != null) {
          for (GeneralName name : names.getNames()) {
            addName(name, dnsNames, ipAddresses);
          }
        }
      }
    }
    return new CertificateSigningRequest(key, rsa, List.copyOf(dnsNames), List.copyOf(ipAddresses));
  }

  /** Whether the key is RSA (else EC P-256). */
  private static boolean checkKey(SubjectPublicKeyInfo key) {
    AlgorithmIdentifier algorithm = key.getAlgorithm();
    ASN1ObjectIdentifier type = algorithm.getAlgorithm();
    if (type.equals(X9ObjectIdentifiers.id_ecPublicKey)
        && SECObjectIdentifiers.secp256r1.equals(algorithm.getParameters())) {
      return false;
    }
    if (type.equals(PKCSObjectIdentifiers.rsaEncryption)) {
      BigInteger modulus;
      try {
        modulus = RSAPublicKey.getInstance(key.parsePublicKey()).getModulus();
      } catch (IOException | RuntimeException e) {
        throw new InvalidSpecException("the CSR's RSA key is malformed");
      }
      if (modulus.bitLength() >= MIN_RSA_BITS) {
        return true;
      }
      throw new InvalidSpecException(
          "the CSR's RSA key has "
              + modulus.bitLength()
              + " bits; the cluster CA certifies RSA keys of at least "
              + MIN_RSA_BITS
              + " bits or EC P-256 keys");
    }
    throw new InvalidSpecException(
        "the CSR's key is neither EC P-256 nor RSA of at least "
            + MIN_RSA_BITS
            + " bits; the cluster CA certifies only those");
  }

  private static void addName(GeneralName name, List<String> dnsNames, List<String> ipAddresses) {
    switch (name.getTagNo()) {
      case GeneralName.dNSName ->
          dnsNames.add(((ASN1String) name.getName()).getString().toLowerCase(Locale.ROOT));
      case GeneralName.iPAddress -> {
        byte[] octets = ASN1OctetString.getInstance(name.getName()).getOctets();
        if (octets.length != 4 && octets.length != 16) {
          throw new InvalidSpecException("the CSR asks for a malformed IP address");
        }
        try {
          // An address of 4 or 16 bytes: no name lookup happens.
          ipAddresses.add(InetAddress.getByAddress(octets).getHostAddress());
        } catch (UnknownHostException e) {
          throw new InvalidSpecException("the CSR asks for a malformed IP address");
        }
      }
      default ->
          throw new InvalidSpecException(
              "the CSR asks for a subject alternative name of a kind the cluster CA does not"
                  + " certify; only DNS names and IP addresses");
    }
  }

  public SubjectPublicKeyInfo publicKey() {
    return publicKey;
  }

  public boolean isRsa() {
    return rsa;
  }

  /** Requested DNS names, lowercase, in request order. */
  public List<String> dnsNames() {
    return dnsNames;
  }

  /** Requested IP addresses in their usual text form, in request order. */
  public List<String> ipAddresses() {
    return ipAddresses;
  }
}
