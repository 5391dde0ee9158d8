package dev.warren.bootstrap.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.bootstrap.TestManagers;
import dev.warren.bootstrap.TlsClients;
import dev.warren.cli.StartReport;
import dev.warren.cli.config.CredentialsDirectory;
import dev.warren.cli.config.TcpAddress;
import dev.warren.testkit.Closer;
import dev.warren.tls.ClientTlsIdentity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The running manager's Raft port speaks only mutual TLS 1.3 with managers of its own cluster: it
 * serves the node certificate (renewed in place), and refuses plaintext, another cluster's manager
 * and a non-manager certificate of its own CA.
 */
class RaftTransportIT {
  private static final TcpAddress ANY_PORT = new TcpAddress("127.0.0.1", 0);
  private static final int TIMEOUT_MILLIS = 10_000;

  /** The HTTP/2 client preface and an empty SETTINGS frame: what a gRPC client sends first. */
  private static final byte[] HTTP2_PREFACE =
      concat(
          "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".getBytes(StandardCharsets.US_ASCII),
          new byte[] {0, 0, 0, 4, 0, 0, 0, 0, 0});

  private static final String ANSWERED_HTTP2 = "answered with an HTTP/2 SETTINGS frame";

  /** Closed without a byte, or torn down with a TLS alert or a reset: never an HTTP/2 answer. */
  private static final String REFUSED = "closed|refused: .*|answered 15.*";

  @TempDir Path dataDir;
  @TempDir Path otherDataDir;
  @TempDir Path credentialsDir;
  @TempDir Path otherCredentialsDir;

  @AutoClose private final Closer toClose = new Closer();

  private ControlPlaneServer newServer(Path data, Path adminCredentials) {
    ControlPlaneServer server =
        TestManagers.server(data, new CredentialsDirectory(adminCredentials));
    toClose.register(server);
    return server;
  }

  @Test
  void theRaftPortAnswersOnlyAManagerOfItsClusterOverTls() throws Exception {
    StartReport started = newServer(dataDir, credentialsDir).start();
    newServer(otherDataDir, otherCredentialsDir).start();
    ClientTlsIdentity admin = TlsClients.admin(new CredentialsDirectory(credentialsDir));
    InetSocketAddress raft = raftAddress(started);

    assertThat(overTls(raft, nodeKeys(dataDir)))
        .as("this manager's own certificate")
        .isEqualTo(ANSWERED_HTTP2);
    assertThat(overTls(raft, nodeKeys(otherDataDir)))
        .as("a manager certificate of another cluster's CA")
        .matches(REFUSED);
    assertThat(overTls(raft, keys(admin.certificatePem(), admin.privateKeyPem())))
        .as("an admin certificate of this cluster's CA")
        .matches(REFUSED);
    assertThat(overTls(raft, null)).as("no client certificate").matches(REFUSED);
    assertThat(inPlaintext(raft)).as("plaintext HTTP/2").matches(REFUSED);
  }

  @Test
  void aRenewedNodeCertificateIsServedOnTheRaftPortWithoutARestart() throws Exception {
    ControlPlaneServer server = newServer(dataDir, credentialsDir);
    StartReport started = server.start();
    InetSocketAddress raft = raftAddress(started);
    X509Certificate before = servedCertificate(raft);

    NodeCertificate.Current renewed = server.renewNodeCertificate();

    X509Certificate after = servedCertificate(raft);
    assertThat(after.getSerialNumber().toString(16))
        .isEqualTo(renewed.serialHex())
        .isNotEqualTo(before.getSerialNumber().toString(16));
    assertThat(overTls(raft, nodeKeys(dataDir))).isEqualTo(ANSWERED_HTTP2);
  }

  private static InetSocketAddress raftAddress(StartReport started) {
    String raft = started.raft();
    int colon = raft.lastIndexOf(':');
    return new InetSocketAddress(
        raft.substring(0, colon), Integer.parseInt(raft.substring(colon + 1)));
  }

  /** Sends the HTTP/2 preface over TLS 1.3 (ALPN h2) and says how the server answered. */
  private static String overTls(InetSocketAddress raft, KeyManager[] keys) throws Exception {
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(keys, new TrustManager[] {new CapturingTrustManager()}, new SecureRandom());
    try (var socket = (SSLSocket) context.getSocketFactory().createSocket()) {
      socket.connect(raft, TIMEOUT_MILLIS);
      socket.setSoTimeout(TIMEOUT_MILLIS);
      SSLParameters parameters = socket.getSSLParameters();
      parameters.setProtocols(new String[] {"TLSv1.3"});
      parameters.setApplicationProtocols(new String[] {"h2"});
      socket.setSSLParameters(parameters);
      return converse(socket);
    }
  }

  private static String inPlaintext(InetSocketAddress raft) throws Exception {
    try (var socket = new Socket()) {
      socket.connect(raft, TIMEOUT_MILLIS);
      socket.setSoTimeout(TIMEOUT_MILLIS);
      return converse(socket);
    }
  }

  private static String converse(Socket socket) {
    try {
      socket.getOutputStream().write(HTTP2_PREFACE);
      socket.getOutputStream().flush();
      byte[] header = readFully(socket.getInputStream(), 4);
      if (header == null) {
        return "closed";
      }
      return header[3] == 4 ? ANSWERED_HTTP2 : "answered " + HexFormat.of().formatHex(header);
    } catch (SocketTimeoutException silent) {
      throw new AssertionError("the Raft port neither answered nor closed the connection", silent);
    } catch (IOException refused) {
      return "refused: " + refused;
    }
  }

  private static byte[] readFully(InputStream in, int length) throws IOException {
    byte[] bytes = in.readNBytes(length);
    return bytes.length == length ? bytes : null;
  }

  private static X509Certificate servedCertificate(InetSocketAddress raft) throws Exception {
    var capture = new CapturingTrustManager();
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, new TrustManager[] {capture}, new SecureRandom());
    try (var socket = (SSLSocket) context.getSocketFactory().createSocket()) {
      socket.connect(raft, TIMEOUT_MILLIS);
      SSLParameters parameters = socket.getSSLParameters();
      parameters.setProtocols(new String[] {"TLSv1.3"});
      parameters.setApplicationProtocols(new String[] {"h2"});
      socket.setSSLParameters(parameters);
      socket.startHandshake();
    }
    return capture.served;
  }

  private static KeyManager[] nodeKeys(Path dataDir) throws Exception {
    return keys(
        Files.readString(dataDir.resolve("pki/node.crt")),
        Files.readString(dataDir.resolve("pki/node.key")));
  }

  private static KeyManager[] keys(String chainPem, String keyPem) throws Exception {
    Certificate[] chain =
        CertificateFactory.getInstance("X.509")
            .generateCertificates(
                new ByteArrayInputStream(chainPem.getBytes(StandardCharsets.US_ASCII)))
            .toArray(Certificate[]::new);
    String base64 =
        keyPem.replace("-----BEGIN PRIVATE KEY-----", "").replace("-----END PRIVATE KEY-----", "");
    PrivateKey key =
        KeyFactory.getInstance("EC")
            .generatePrivate(new PKCS8EncodedKeySpec(Base64.getMimeDecoder().decode(base64)));
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setKeyEntry("client", key, new char[0], chain);
    var factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    factory.init(store, new char[0]);
    return factory.getKeyManagers();
  }

  private static byte[] concat(byte[] first, byte[] second) {
    byte[] all = new byte[first.length + second.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(second, 0, all, first.length, second.length);
    return all;
  }

  /** Accepts any server and remembers the certificate it served: the server side is under test. */
  private static final class CapturingTrustManager implements X509TrustManager {
    volatile X509Certificate served;

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {
      served = chain[0];
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
