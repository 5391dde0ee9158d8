package dev.warren.adapters.crypto.x509;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509CertificateHolder;

/** The parts of a certificate that a stored TLS certificate records. */
public final class CertificateFacts {
  private CertificateFacts() {}

  /** The DNS names among the subject alternative names, lowercase, in certificate order. */
  public static List<String> dnsNames(X509CertificateHolder certificate) {
    GeneralNames names =
        GeneralNames.fromExtensions(certificate.getExtensions(), Extension.subjectAlternativeName);
    var dnsNames = new ArrayList<String>();
    if (names != null) {
      for (GeneralName name : names.getNames()) {
        if (name.getTagNo() == GeneralName.dNSName && name.getName() instanceof ASN1String text) {
          dnsNames.add(text.getString().toLowerCase(Locale.ROOT));
        }
      }
    }
    return List.copyOf(dnsNames);
  }

  /** The issuer's common name; the whole issuer name when it has no CN. */
  public static String issuerName(X509CertificateHolder certificate) {
    X500Name issuer = certificate.getIssuer();
    RDN[] commonNames = issuer.getRDNs(BCStyle.CN);
    if (commonNames.length > 0) {
      ASN1Encodable value = commonNames[0].getFirst().getValue();
      if (value instanceof ASN1String text) {
        return text.getString();
      }
    }
    return issuer.toString();
  }

  /** The first O of the subject, if it has one as text. */
  public static Optional<String> subjectOrganization(X509CertificateHolder certificate) {
    RDN[] organizations = certificate.getSubject().getRDNs(BCStyle.O);
    if (organizations.length > 0
        && organizations[0].getFirst().getValue() instanceof ASN1String text) {
      return Optional.of(text.getString());
    }
    return Optional.empty();
  }
}
