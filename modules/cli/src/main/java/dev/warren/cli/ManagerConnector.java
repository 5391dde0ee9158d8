package dev.warren.cli;

import dev.warren.cli.config.ClientConfig;

/** Opens a connection to a manager's API; the connection may be lazy (first call connects). */
@FunctionalInterface
public interface ManagerConnector {
  ManagerClient connect(ClientConfig config);
}
