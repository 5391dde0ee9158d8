package dev.warren.bootstrap;

import dev.warren.bootstrap.di.DaggerControlPlaneComponent;
import dev.warren.bootstrap.lifecycle.ControlPlaneServer;
import dev.warren.cli.config.CredentialsDirectory;
import dev.warren.cli.config.ManagerConfig;
import dev.warren.cli.config.TcpAddress;
import dev.warren.domain.model.node.NodeId;
import java.nio.file.Path;

/** The production manager, as the ITs start it: manager-1 on ports the OS picks. */
public final class TestManagers {
  /** 127.0.0.1, port 0: every listener on a port the OS picks. */
  public static final TcpAddress ANY_PORT = new TcpAddress("127.0.0.1", 0);

  private TestManagers() {}

  /**
   * A manager (not started yet) on {@code dataDir} that writes admin credentials to {@code
   * credentials}.
   */
  public static ControlPlaneServer server(Path dataDir, CredentialsDirectory credentials) {
    return DaggerControlPlaneComponent.factory()
        .create(
            new ManagerConfig(dataDir, NodeId.of("manager-1"), ANY_PORT, ANY_PORT, ANY_PORT)
                .withAdminCredentials(credentials))
        .server();
  }
}
