package dev.warren.cli.config;

import dev.warren.domain.error.InvalidSpecException;
import java.util.List;
import java.util.Objects;

/**
 * How a new manager joins an existing cluster: the managers to ask (in turn, until one answers) and
 * the manager join token that lets it in. Used only on the first start of a data directory; a
 * restart resumes from what it holds. {@link #toString} hides the token.
 *
 * @param managers API addresses of running managers of the cluster
 * @param token a manager join token from {@code warren cluster join-token manager}
 */
public record ManagerJoin(List<TcpAddress> managers, String token) {
  public ManagerJoin {
    managers = List.copyOf(Objects.requireNonNull(managers, "managers"));
    Objects.requireNonNull(token, "token");
    if (managers.isEmpty()) {
      throw new InvalidSpecException(
          "joining needs a manager to ask: give --manager HOST:PORT of a running manager");
    }
  }

  @Override
  public String toString() {
    return "ManagerJoin[managers=" + managers + ", token=<hidden>]";
  }
}
