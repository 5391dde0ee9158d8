package dev.warren.bootstrap.di;

import dagger.Module;
import dagger.Provides;
import dev.warren.adapters.crypto.BcCertificateAuthorityAdapter;
import dev.warren.adapters.crypto.BcCertificateInspectorAdapter;
import dev.warren.adapters.crypto.BcSecretCipherAdapter;
import dev.warren.adapters.crypto.FileClusterKeysAdapter;
import dev.warren.adapters.crypto.JcaJoinTokenSecretAdapter;
import dev.warren.bootstrap.lifecycle.NodeTls;
import dev.warren.cli.config.ManagerConfig;
import dev.warren.domain.model.cluster.Cluster;
import dev.warren.domain.port.out.CertificateAuthorityPort;
import dev.warren.domain.port.out.CertificateInspectorPort;
import dev.warren.domain.port.out.ClusterKeysPort;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.JoinTokenSecretPort;
import dev.warren.domain.port.out.SecretCipherPort;
import jakarta.inject.Singleton;
import java.time.InstantSource;

/**
 * The cluster CA and this manager's node certificate under {@code <data>/pki}, and the secret data
 * key under {@code <data>/keys}.
 */
@Module
public interface CryptoModule {

  @Provides
  @Singleton
  static CertificateAuthorityPort certificateAuthority(ManagerConfig config, InstantSource clock) {
    return new BcCertificateAuthorityAdapter(config.pkiDir(), clock);
  }

  /** Reads the data key, creating it (owner-only) on a new cluster. */
  @Provides
  @Singleton
  static SecretCipherPort secretCipher(ManagerConfig config) {
    return BcSecretCipherAdapter.openOrCreate(config.keysDir());
  }

  /** The CA and data key files, read for a joining manager and written by one. */
  @Provides
  @Singleton
  static ClusterKeysPort clusterKeys(ManagerConfig config) {
    return new FileClusterKeysAdapter(config.pkiDir(), config.keysDir());
  }

  @Provides
  @Singleton
  static CertificateInspectorPort certificateInspector() {
    return new BcCertificateInspectorAdapter();
  }

  @Provides
  @Singleton
  static JoinTokenSecretPort joinTokenSecrets() {
    return new JcaJoinTokenSecretAdapter();
  }

  /**
   * The CA (created on a new data directory) and this manager's node certificate, which the Raft
   * port and the API use.
   */
  @Provides
  @Singleton
  static NodeTls nodeTls(
      ManagerConfig config,
      CertificateAuthorityPort authority,
      ClusterStatePort state,
      InstantSource clock) {
    boolean clusterExists =
        state.read(reader -> reader.get(EntityKind.CLUSTER, Cluster.SINGLETON_ID)).isPresent();
    return NodeTls.ensure(config, authority, clusterExists, clock);
  }
}
