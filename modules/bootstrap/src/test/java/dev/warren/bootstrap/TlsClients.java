package dev.warren.bootstrap;

import dev.warren.adapters.grpc.GrpcWarrenClient;
import dev.warren.cli.StartReport;
import dev.warren.cli.config.CredentialsDirectory;
import dev.warren.domain.model.security.Role;
import dev.warren.domain.port.in.GenerateJoinTokenRequest;
import dev.warren.domain.port.in.RequestCertificateRequest;
import dev.warren.domain.port.out.IssuedCertificate;
import dev.warren.tls.ClientTlsIdentity;
import java.time.Duration;
import java.util.Optional;

/**
 * Clients of a running manager over mutual TLS: as the admin whose credentials the manager wrote,
 * or with a certificate redeemed from a join token the way a joining node gets one.
 */
public final class TlsClients {
  public static final Duration DEADLINE = Duration.ofSeconds(20);

  private TlsClients() {}

  /** A client presenting {@code identity}. */
  public static GrpcWarrenClient as(StartReport manager, ClientTlsIdentity identity) {
    return GrpcWarrenClient.mutualTls(
        manager.api().host(), manager.api().port(), identity, DEADLINE);
  }

  /** The admin credentials the manager wrote into {@code credentials}. */
  public static ClientTlsIdentity admin(CredentialsDirectory credentials) {
    return credentials.read().orElseThrow(() -> new AssertionError("no admin credentials written"));
  }

  /** A client that presents no certificate, trusting the CA whose digest the token pins. */
  public static GrpcWarrenClient anonymous(StartReport manager, String token) {
    return GrpcWarrenClient.pinnedCa(
        manager.api().host(), manager.api().port(), digestOf(token), DEADLINE);
  }

  /** A fresh join token for {@code role}, made by the admin. */
  public static String token(StartReport manager, ClientTlsIdentity admin, Role role) {
    try (GrpcWarrenClient client = as(manager, admin)) {
      return client.joinTokens().generate(new GenerateJoinTokenRequest(role)).token();
    }
  }

  /** A certificate for {@code name} in {@code role}, obtained with a join token. */
  public static ClientTlsIdentity redeem(
      StartReport manager, ClientTlsIdentity admin, String name, Role role) {
    String token = token(manager, admin, role);
    try (GrpcWarrenClient client = anonymous(manager, token)) {
      IssuedCertificate issued =
          client.requestCertificate(new RequestCertificateRequest(name, token, Optional.empty()));
      return new ClientTlsIdentity(
          issued.certificatePem(), issued.privateKeyPem().orElseThrow(), issued.caCertificatePem());
    }
  }

  /** The CA digest in a {@code WRN-1-<digest>-<secret>} token. */
  public static String digestOf(String token) {
    return token.split("-")[2];
  }
}
