package dev.warren.bootstrap.di;

import dagger.Module;
import dagger.Provides;
import dev.warren.adapters.crypto.BcCertificateAuthorityAdapter;
import dev.warren.adapters.crypto.BcSecretCipherAdapter;
import dev.warren.adapters.crypto.BcCertificateInspectorAdapter;
import dev.warren.adapters.crypto.JcaJoinTokenSecretAdapter;
import dev.warren.bootstrap.config.ManagerConfig;
import dev.warren.domain.port.out.CertificateAuthorityPort;
import dev.warren.domain.port.out.SecretCipherPort;
import dev.warren.domain.port.out.CertificateInspectorPort;
import dev.warren.domain.port.out.JoinTokenSecretPort;
import jakarta.inject.Singleton;
import java.time.InstantSource;

/** The cluster CA under {@code <data>/pki} and the secret data key under {@code <data>/keys}. */
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
}
