package dev.warren.domain.model.security;

import dev.warren.domain.model.shared.WireEnum;

/**
 * The role a cluster certificate grants, written in its OU. A join token carries the role of the
 * certificates it can obtain.
 */
public enum Role implements WireEnum {
  /** Runs Raft and the API; may do everything. */
  MANAGER("manager"),
  /** Runs containers; may act only on itself. */
  WORKER("worker"),
  /**
   * A person or tool administering the cluster; may do everything a manager may, except act as a
   * node.
   */
  ADMIN("admin");

  private final String wireName;

  Role(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String wireName() {
    return wireName;
  }
}
