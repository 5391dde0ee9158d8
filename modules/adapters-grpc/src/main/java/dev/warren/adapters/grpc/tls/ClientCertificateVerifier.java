package dev.warren.adapters.grpc.tls;

import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.error.UnauthenticatedException;
import dev.warren.domain.model.cluster.ClusterId;
import dev.warren.domain.model.security.Caller;
import dev.warren.domain.model.security.Identity;
import dev.warren.domain.model.security.Role;
import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.model.shared.WireEnum;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.InstantSource;
import java.util.Date;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.security.auth.x500.X500Principal;

/**
 * Decides who a client certificate's holder is: the leaf must be signed by the cluster CA, valid
 * now, issued for this cluster (O) with a known role (OU) and a name (CN). Thread-safe.
 *
 * <p>Every call on a connection presents the same certificate, so what cannot change (the CA's
 * signature, the subject) is checked once per certificate and remembered; only the validity window
 * is checked on every call.
 */
public final class ClientCertificateVerifier {
  // Accepted certificates; a bound keeps a flood of distinct valid certificates from growing it.
  private static final int REMEMBERED_CERTIFICATES = 4096;

  private final Map<X509Certificate, Identity> accepted = new ConcurrentHashMap<>();
  private final X509Certificate ca;
  private final ClusterId clusterId;
  private final InstantSource clock;

  public ClientCertificateVerifier(X509Certificate ca, ClusterId clusterId, InstantSource clock) {
    this.ca = Checks.notNull("cluster CA certificate", ca);
    this.clusterId = Checks.notNull("cluster id", clusterId);
    this.clock = Checks.notNull("clock", clock);
  }

  /**
   * The caller holding {@code chain} (leaf first), whose key the TLS handshake has proven.
   *
   * @throws UnauthenticatedException saying why the certificate is not accepted
   */
  public Caller.Certified verify(X509Certificate[] chain) {
    X509Certificate leaf = chain[0];
    Identity known = accepted.get(leaf);
    if (known != null) {
      checkValidity(leaf);
      return new Caller.Certified(known, leaf.getNotBefore().toInstant());
    }
    Identity identity = firstVerify(leaf);
    if (accepted.size() >= REMEMBERED_CERTIFICATES) {
      accepted.clear();
    }
    accepted.put(leaf, identity);
    return new Caller.Certified(identity, leaf.getNotBefore().toInstant());
  }

  private Identity firstVerify(X509Certificate leaf) {
    String subject = subjectOf(leaf);
    try {
      leaf.verify(ca.getPublicKey());
    } catch (GeneralSecurityException notOurs) {
      throw new UnauthenticatedException(
          "client certificate " + subject + " was not issued by this cluster's CA");
    }
    checkValidity(leaf);
    Map<String, String> names = attributes(leaf.getSubjectX500Principal(), subject);
    String organization = names.getOrDefault("O", "");
    if (!organization.equals(clusterId.value())) {
      throw new UnauthenticatedException(
          "client certificate "
              + subject
              + " belongs to cluster '"
              + organization
              + "', not to "
              + clusterId.value());
    }
    String name = names.getOrDefault("CN", "");
    if (name.isBlank()) {
      throw new UnauthenticatedException("client certificate " + subject + " has no CN");
    }
    Role role;
    try {
      role = WireEnum.parse(Role.class, "certificate role (OU)", names.getOrDefault("OU", ""));
    } catch (InvalidSpecException unknownRole) {
      throw new UnauthenticatedException(
          "client certificate " + subject + " has no known role: " + unknownRole.getMessage());
    }
    return new Identity(name, clusterId, role);
  }

  private static String subjectOf(X509Certificate certificate) {
    return certificate.getSubjectX500Principal().getName(X500Principal.RFC2253);
  }

  private void checkValidity(X509Certificate leaf) {
    Date now = Date.from(clock.instant());
    try {
      leaf.checkValidity(now);
      ca.checkValidity(now);
    } catch (GeneralSecurityException outdated) {
      throw new UnauthenticatedException(
          "client certificate "
              + subjectOf(leaf)
              + " is not valid now (valid "
              + leaf.getNotBefore().toInstant()
              + " to "
              + leaf.getNotAfter().toInstant()
              + "); request a new one with a join token");
    }
  }

  private static Map<String, String> attributes(X500Principal principal, String subject) {
    var attributes = new HashMap<String, String>();
    try {
      for (Rdn rdn : new LdapName(principal.getName(X500Principal.RFC2253)).getRdns()) {
        attributes.putIfAbsent(
            rdn.getType().toUpperCase(Locale.ROOT), String.valueOf(rdn.getValue()));
      }
    } catch (InvalidNameException malformed) {
      throw new UnauthenticatedException("client certificate subject is malformed: " + subject);
    }
    return attributes;
  }
}
