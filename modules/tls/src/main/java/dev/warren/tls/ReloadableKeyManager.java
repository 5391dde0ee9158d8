package dev.warren.tls;

import java.net.Socket;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedKeyManager;

/**
 * One TLS identity (key and chain) that can be replaced while the server runs: new handshakes use
 * the new one, established connections keep theirs. Each identity has its own alias, and the one
 * before stays resolvable, so a handshake that chose an alias just before a reload still gets a
 * matching key and chain. Thread-safe (one volatile reference).
 */
public final class ReloadableKeyManager extends X509ExtendedKeyManager {
  private record Identity(String alias, PrivateKey key, X509Certificate[] chain) {}

  private record Identities(Identity current, Identity previous) {}

  private final Object reloadLock = new Object();
  private volatile Identities identities;
  private long generation;

  public ReloadableKeyManager(PrivateKey key, X509Certificate[] chain) {
    reload(key, chain);
  }

  /**
   * A key manager for the certificate chain (leaf first) and private key in PEM text.
   *
   * @throws dev.warren.domain.error.InvalidSpecException if a PEM text does not parse
   */
  public static ReloadableKeyManager fromPem(String certificateChainPem, String privateKeyPem) {
    return new ReloadableKeyManager(
        PemMaterial.privateKey("private key", privateKeyPem), chain(certificateChainPem));
  }

  /**
   * Like {@link #reload(PrivateKey, X509Certificate[])}, from PEM text; parsed before anything is
   * replaced, so a bad text leaves the current identity in place.
   *
   * @throws dev.warren.domain.error.InvalidSpecException if a PEM text does not parse
   */
  public void reloadPem(String certificateChainPem, String privateKeyPem) {
    X509Certificate[] chain = chain(certificateChainPem);
    reload(PemMaterial.privateKey("private key", privateKeyPem), chain);
  }

  private static X509Certificate[] chain(String pem) {
    return PemMaterial.certificates("certificate chain", pem).toArray(X509Certificate[]::new);
  }

  /** Serves {@code key} and {@code chain} (leaf first) from the next handshake on. */
  public void reload(PrivateKey key, X509Certificate[] chain) {
    if (chain.length == 0) {
      throw new IllegalArgumentException("a TLS identity needs at least one certificate");
    }
    synchronized (reloadLock) {
      generation++;
      var next = new Identity("identity-" + generation, key, chain.clone());
      Identities before = identities;
      identities = new Identities(next, before == null ? next : before.current());
    }
  }

  private String aliasFor(String keyType) {
    Identity current = identities.current();
    String algorithm = current.key().getAlgorithm();
    boolean matches =
        keyType.equals(algorithm)
            || (algorithm.equals("EC") && keyType.startsWith("EC"))
            || (algorithm.equals("RSA") && keyType.equals("RSASSA-PSS"));
    return matches ? current.alias() : null;
  }

  private Identity byAlias(String alias) {
    Identities known = identities;
    if (known.current().alias().equals(alias)) {
      return known.current();
    }
    return known.previous().alias().equals(alias) ? known.previous() : null;
  }

  @Override
  public String chooseEngineServerAlias(String keyType, Principal[] issuers, SSLEngine engine) {
    return aliasFor(keyType);
  }

  @Override
  public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
    return aliasFor(keyType);
  }

  @Override
  public String chooseEngineClientAlias(String[] keyTypes, Principal[] issuers, SSLEngine engine) {
    for (String keyType : keyTypes) {
      String alias = aliasFor(keyType);
      if (alias != null) {
        return alias;
      }
    }
    return null;
  }

  @Override
  public String chooseClientAlias(String[] keyTypes, Principal[] issuers, Socket socket) {
    return chooseEngineClientAlias(keyTypes, issuers, null);
  }

  @Override
  public String[] getServerAliases(String keyType, Principal[] issuers) {
    String alias = aliasFor(keyType);
    return alias == null ? null : new String[] {alias};
  }

  @Override
  public String[] getClientAliases(String keyType, Principal[] issuers) {
    return getServerAliases(keyType, issuers);
  }

  @Override
  public X509Certificate[] getCertificateChain(String alias) {
    Identity identity = byAlias(alias);
    return identity == null ? null : identity.chain().clone();
  }

  @Override
  public PrivateKey getPrivateKey(String alias) {
    Identity identity = byAlias(alias);
    return identity == null ? null : identity.key();
  }
}
