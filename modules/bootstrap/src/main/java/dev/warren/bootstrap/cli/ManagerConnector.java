package dev.warren.bootstrap.cli;

import dev.warren.bootstrap.config.ClientConfig;

/** Opens a connection to a manager's API; the connection may be lazy (first call connects). */
@FunctionalInterface
public interface ManagerConnector {
  ManagerClient connect(ClientConfig config);
}
