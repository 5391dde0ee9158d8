package dev.warren.adapters.grpc.tls;

import dev.warren.domain.error.UnauthenticatedException;
import dev.warren.domain.model.cluster.ClusterId;
import dev.warren.domain.model.security.Identity;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.InstantSource;

/**
 * A manager's trust in a node it reads logs from: the node's certificate must be one of this
 * cluster's (the CA's signature, valid now, O = the cluster, a known role) issued to that node (CN
 * = its id), so a node cannot stand in for another. Host names are not checked: node certificates
 * name none, and the identity is what matters.
 */
public final class NodeServerTrustManager extends OneSidedTrustManager {
  private final ClientCertificateVerifier verifier;
  private final String nodeId;

  public NodeServerTrustManager(
      X509Certificate ca, ClusterId cluster, String nodeId, InstantSource clock) {
    super(Peers.SERVERS);
    this.verifier = new ClientCertificateVerifier(ca, cluster, clock);
    this.nodeId = nodeId;
  }

  @Override
  void checkPeer(X509Certificate[] chain) throws CertificateException {
    if (chain == null || chain.length == 0) {
      throw new CertificateException("node " + nodeId + " sent no certificate");
    }
    Identity identity;
    try {
      identity = verifier.verify(chain).identity();
    } catch (UnauthenticatedException refused) {
      throw new CertificateException(
          "node " + nodeId + "'s certificate is not accepted: " + refused.getMessage(), refused);
    }
    if (!identity.name().equals(nodeId)) {
      throw new CertificateException(
          "the server at node " + nodeId + "'s address is node " + identity.name() + " instead");
    }
  }
}
