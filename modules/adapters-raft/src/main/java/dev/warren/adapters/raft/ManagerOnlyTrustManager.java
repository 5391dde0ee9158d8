package dev.warren.adapters.raft;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Trusts a peer only if the cluster CA issued its certificate (the PKIX check, host name included,
 * by the JDK's trust manager it wraps) and the certificate is a manager's (OU = manager): workers
 * and admins hold certificates of the same CA, but only managers take part in Raft.
 */
final class ManagerOnlyTrustManager extends X509ExtendedTrustManager {
  private static final String MANAGER_ROLE = "manager";

  private final X509ExtendedTrustManager clusterCa;

  ManagerOnlyTrustManager(X509ExtendedTrustManager clusterCa) {
    this.clusterCa = clusterCa;
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
      throws CertificateException {
    clusterCa.checkClientTrusted(chain, authType, socket);
    requireManager(chain);
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
      throws CertificateException {
    clusterCa.checkServerTrusted(chain, authType, socket);
    requireManager(chain);
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
      throws CertificateException {
    clusterCa.checkClientTrusted(chain, authType, engine);
    requireManager(chain);
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
      throws CertificateException {
    clusterCa.checkServerTrusted(chain, authType, engine);
    requireManager(chain);
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType)
      throws CertificateException {
    clusterCa.checkClientTrusted(chain, authType);
    requireManager(chain);
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType)
      throws CertificateException {
    clusterCa.checkServerTrusted(chain, authType);
    requireManager(chain);
  }

  @Override
  public X509Certificate[] getAcceptedIssuers() {
    return clusterCa.getAcceptedIssuers();
  }

  private static void requireManager(X509Certificate[] chain) throws CertificateException {
    String subject = chain[0].getSubjectX500Principal().getName();
    try {
      boolean manager =
          new LdapName(subject)
              .getRdns().stream()
                  .anyMatch(
                      rdn ->
                          rdn.getType().equalsIgnoreCase("OU")
                              && MANAGER_ROLE.equals(rdn.getValue()));
      if (!manager) {
        throw new CertificateException(
            "only managers take part in Raft; the peer's certificate is " + subject);
      }
    } catch (InvalidNameException e) {
      throw new CertificateException("unreadable certificate subject " + subject, e);
    }
  }
}
