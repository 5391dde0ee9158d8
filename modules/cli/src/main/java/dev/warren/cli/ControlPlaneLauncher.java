package dev.warren.cli;

import dev.warren.cli.config.ManagerConfig;

/**
 * Builds (but does not start) a manager for a configuration: the start-up that {@code cluster init}
 * and {@code server run} hand their configuration to. The composition root implements it, so that
 * the command line depends on no server part and client commands never open Raft or Xodus.
 */
@FunctionalInterface
public interface ControlPlaneLauncher {
  ControlPlane create(ManagerConfig config);
}
