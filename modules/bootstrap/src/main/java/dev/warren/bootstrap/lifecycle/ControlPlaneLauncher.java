package dev.warren.bootstrap.lifecycle;

import dev.warren.bootstrap.config.ManagerConfig;

/**
 * Builds (but does not start) a manager for a configuration. The CLI holds one of these rather than
 * a server, so that client commands never open Raft or Xodus.
 */
@FunctionalInterface
public interface ControlPlaneLauncher {
  ControlPlaneServer create(ManagerConfig config);
}
