package dev.warren.domain.port.in;

import dev.warren.domain.model.logs.LogTail;
import dev.warren.domain.model.shared.Checks;

/**
 * Read the logs of a container (by id) or of every replica of a service (by name or id): the last
 * lines of each ({@code tail}), then new lines as they are written when {@code follow} is set.
 */
public record StreamContainerLogsRequest(String target, LogTail tail, boolean follow) {
  public StreamContainerLogsRequest {
    Checks.notBlank("container or service", target);
    Checks.notNull("tail", tail);
  }
}
