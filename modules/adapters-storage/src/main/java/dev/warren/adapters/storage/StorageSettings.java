package dev.warren.adapters.storage;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the cluster state lives: a directory owned by one warren process (the {@code state/} folder
 * of a node's data directory). It is created if missing.
 */
public record StorageSettings(Path directory) {
  public StorageSettings {
    Objects.requireNonNull(directory, "directory");
  }
}
