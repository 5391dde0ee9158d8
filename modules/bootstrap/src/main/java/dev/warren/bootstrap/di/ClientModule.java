package dev.warren.bootstrap.di;

import dagger.Module;
import dagger.Provides;
import dev.warren.adapters.crypto.JdkCsrAdapter;
import dev.warren.adapters.grpc.GrpcWarrenClient;
import dev.warren.bootstrap.backup.Restore;
import dev.warren.bootstrap.lifecycle.StandaloneWorker;
import dev.warren.cli.CliPorts;
import dev.warren.cli.CommandFactory;
import dev.warren.cli.ControlPlaneLauncher;
import dev.warren.cli.ManagerConnector;
import dev.warren.cli.cluster.CertificateRequester;
import dev.warren.domain.port.out.KeyAndCsrPort;
import java.time.InstantSource;

/**
 * What the command line runs against: a manager's gRPC API (each command opens its own connection
 * with the options it was given, and closes it), the manager start-up, the clock, and for {@code
 * cluster login} a local key and CSR and RequestCertificate over TLS pinned to the token's CA
 * digest (no client certificate), and the standalone worker's start-up.
 */
@Module
public interface ClientModule {

  @Provides
  static CommandFactory commandFactory(
      ManagerConnector connector, ControlPlaneLauncher launcher, InstantSource clock) {
    return new CommandFactory(
        new CliPorts(
            connector,
            launcher,
            clock,
            keyAndCsr(),
            certificateRequester(),
            config -> new StandaloneWorker(config, keyAndCsr(), clock),
            new Restore()));
  }

  // Made when a command asks for a key (cluster login, worker start), not before; no other command
  // needs one.
  private static KeyAndCsrPort keyAndCsr() {
    return commonName -> new JdkCsrAdapter().newKeyAndCsr(commonName);
  }

  private static CertificateRequester certificateRequester() {
    return (manager, caDigest, deadline, request) -> {
      try (GrpcWarrenClient client =
          GrpcWarrenClient.pinnedCa(manager.host(), manager.port(), caDigest, deadline)) {
        return client.requestCertificate(request);
      }
    };
  }
}
