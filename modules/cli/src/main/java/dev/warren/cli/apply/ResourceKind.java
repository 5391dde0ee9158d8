package dev.warren.cli.apply;

import dev.warren.cli.ManagerClient;
import dev.warren.cli.yaml.YamlFields;
import java.nio.file.Path;

/**
 * One kind of resource that {@code apply -f} understands: how its manifest reads and how the
 * manager is brought to it. Implementations are stateless.
 *
 * @param <R> the desired state a manifest of this kind describes
 */
public interface ResourceKind<R> {

  /** The {@code kind:} value, e.g. {@code Service}. */
  String kind();

  /**
   * Reads and validates every field of a manifest of this kind except {@code kind}.
   *
   * @param baseDirectory what relative paths in the manifest are relative to
   * @throws dev.warren.domain.error.InvalidSpecException naming the location and the field, also
   *     for a field this kind does not know
   */
  R read(YamlFields fields, Path baseDirectory);

  /** The resource's name, unique within its kind. */
  String name(R desired);

  /**
   * Compares {@code desired} with what the manager holds and decides what to do, without changing
   * anything yet: create when absent, update when different, nothing when equal.
   *
   * @throws dev.warren.domain.error.DomainException if the manager cannot be read, or cannot be
   *     brought to {@code desired} (e.g. a field it cannot update, or a kind it does not support)
   */
  Step plan(ManagerClient manager, R desired);
}
