package dev.warren.domain.model.service;

/** Where a published port listens: on the node running the replica, or on every node (mesh). */
public enum PublishMode {
  HOST,
  INGRESS
}
