package dev.warren.adapters.raft;

import java.net.Socket;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedKeyManager;

/**
 * One key and chain, replaceable while connections come and go. Each identity gets its own alias
 * and the one before stays resolvable, so a handshake that picked an alias just before a reload
 * still finds a matching key and chain. Thread-safe (one volatile reference).
 */
final class ReloadingKeyManager extends X509ExtendedKeyManager {
  private record Identity(String alias, PrivateKey key, X509Certificate[] chain) {}

  private record Identities(Identity current, Identity previous) {}

  private volatile Identities identities;
  private long generation;

  ReloadingKeyManager(PrivateKey key, X509Certificate[] chain) {
    reload(key, chain);
  }

  synchronized void reload(PrivateKey key, X509Certificate[] chain) {
    if (chain.length == 0) {
      throw new IllegalArgumentException("a TLS identity needs at least one certificate");
    }
    generation++;
    var next = new Identity("raft-" + generation, key, chain.clone());
    Identities before = identities;
    identities = new Identities(next, before == null ? next : before.current());
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
