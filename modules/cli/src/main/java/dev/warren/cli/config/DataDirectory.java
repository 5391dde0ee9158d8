package dev.warren.cli.config;

import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.model.node.NodeId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;

/**
 * A node's data directory and the identity it keeps: the node id is chosen once, on the first
 * start, and written to {@code node-id} so that every restart is the same node.
 */
public final class DataDirectory {
  private static final String NODE_ID_FILE = "node-id";

  private final Path root;

  public DataDirectory(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /**
   * {@code $XDG_DATA_HOME/warren}, else {@code ~/.local/share/warren} (XDG base directory spec).
   */
  public static Path defaultRoot(Map<String, String> environment, String userHome) {
    String dataHome = environment.get("XDG_DATA_HOME");
    if (dataHome != null && !dataHome.isBlank()) {
      return Path.of(dataHome, "warren");
    }
    return Path.of(userHome, ".local", "share", "warren");
  }

  public Path root() {
    return root;
  }

  /** Whether a node has been set up here before ({@code warren cluster init} ran on it). */
  public boolean holdsNode() {
    return Files.isRegularFile(root.resolve(NODE_ID_FILE));
  }

  /** The node id stored here, if any. */
  public Optional<NodeId> storedNodeId() {
    Path file = root.resolve(NODE_ID_FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      String value = Files.readString(file, StandardCharsets.UTF_8).strip();
      return Optional.of(NodeId.of(value));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    } catch (InvalidSpecException corrupt) {
      throw new FailedPreconditionException(
          file + " does not hold a valid node id: " + corrupt.getMessage());
    }
  }

  /**
   * The node id of this directory, creating the directory and choosing the id on first use: the
   * {@code requested} one, else a random one. Safe against a concurrent first use: the file is
   * created atomically and whoever loses reads the winner's id.
   *
   * @throws FailedPreconditionException if the directory already belongs to another node id than
   *     the requested one
   */
  public NodeId nodeId(Optional<NodeId> requested) {
    Optional<NodeId> stored = storedNodeId();
    if (stored.isEmpty()) {
      stored = Optional.of(create(requested.orElseGet(NodeId::random)));
    }
    NodeId id = stored.get();
    if (requested.isPresent() && !requested.get().equals(id)) {
      throw new FailedPreconditionException(
          "data directory "
              + root
              + " belongs to node "
              + id
              + ", not "
              + requested.get()
              + "; omit --node-id or use another --data-dir");
    }
    return id;
  }

  private NodeId create(NodeId id) {
    Path file = root.resolve(NODE_ID_FILE);
    try {
      Files.createDirectories(root);
      Files.writeString(
          file, id.value() + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
      return id;
    } catch (FileAlreadyExistsException raced) {
      return storedNodeId().orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  @Override
  public String toString() {
    return root.toString();
  }
}
