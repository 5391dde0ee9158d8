package dev.warren.adapters.grpc.interceptor;

import dev.warren.adapters.grpc.status.StatusMapper;
import dev.warren.adapters.grpc.tls.ClientCertificateVerifier;
import dev.warren.domain.error.UnauthenticatedException;
import dev.warren.domain.model.security.Caller;
import dev.warren.domain.model.shared.Checks;
import io.grpc.Grpc;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.StatusRuntimeException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;

/**
 * Establishes the caller of a call on the TLS listener from the client certificate of its
 * connection: none makes an {@link Caller.Anonymous} caller (authorization lets it only redeem a
 * join token); one the cluster CA did not issue, an expired one, or one of another cluster is
 * refused at once with UNAUTHENTICATED. The caller goes into {@link CallerContext}.
 */
public final class TlsAuthenticationInterceptor implements ServerInterceptor {
  private final ClientCertificateVerifier verifier;

  public TlsAuthenticationInterceptor(ClientCertificateVerifier verifier) {
    this.verifier = Checks.notNull("client certificate verifier", verifier);
  }

  @Override
  public <Q, R> ServerCall.Listener<Q> interceptCall(
      ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
    Caller caller;
    try {
      caller = callerOf(call.getAttributes().get(Grpc.TRANSPORT_ATTR_SSL_SESSION));
    } catch (UnauthenticatedException refused) {
      StatusRuntimeException status = StatusMapper.toStatusException(refused);
      call.close(status.getStatus(), status.getTrailers());
      return new ServerCall.Listener<>() {};
    }
    return CallerContext.serveAs(caller, call, headers, next);
  }

  private Caller callerOf(SSLSession session) {
    if (session == null) {
      throw new UnauthenticatedException("the connection is not TLS; the API needs TLS 1.3");
    }
    Certificate[] peer;
    try {
      peer = session.getPeerCertificates();
    } catch (SSLPeerUnverifiedException noCertificate) {
      return new Caller.Anonymous();
    }
    if (peer.length == 0) {
      return new Caller.Anonymous();
    }
    var chain = new X509Certificate[peer.length];
    for (int i = 0; i < peer.length; i++) {
      if (!(peer[i] instanceof X509Certificate x509)) {
        throw new UnauthenticatedException("the client certificate is not an X.509 certificate");
      }
      chain[i] = x509;
    }
    return verifier.verify(chain);
  }
}
