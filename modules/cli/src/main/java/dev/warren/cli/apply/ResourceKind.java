package dev.warren.cli.apply;

import dev.warren.cli.ManagerClient;
import dev.warren.cli.yaml.YamlFields;
import dev.warren.domain.error.NotFoundException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One kind of resource that {@code apply -f} understands: how its manifest reads and how the
 * manager is brought to it. Implementations are stateless.
 *
 * <p>Every manifest has a {@code name}, and every plan looks the resource up by it: absent, it is
 * created; present, the kind compares it with the manifest.
 *
 * @param <R> the desired state a manifest of this kind describes
 * @param <C> the resource as the manager holds it
 */
public abstract class ResourceKind<R, C> {
  private final String kind;
  private final Function<? super R, String> name;

  /**
   * @param kind the {@code kind:} value, e.g. {@code Service}
   * @param name the resource's name, unique within its kind
   */
  protected ResourceKind(String kind, Function<? super R, String> name) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.name = Objects.requireNonNull(name, "name");
  }

  /** The {@code kind:} value, e.g. {@code Service}. */
  public final String kind() {
    return kind;
  }

  /** The resource's name, unique within its kind. */
  public final String name(R desired) {
    return name.apply(desired);
  }

  /**
   * Reads and validates every field of a manifest of this kind except {@code kind}.
   *
   * @param baseDirectory what relative paths in the manifest are relative to
   * @throws dev.warren.domain.error.InvalidSpecException naming the location and the field, also
   *     for a field this kind does not know
   */
  public final R read(YamlFields fields, Path baseDirectory) {
    String name = fields.requiredString("name");
    Supplier<R> desired = desired(name, fields, baseDirectory);
    fields.rejectUnknown();
    return fields.build(desired);
  }

  /**
   * Reads every field but {@code kind} and {@code name}, answering how the desired state is made of
   * them (which may still find them invalid together).
   */
  protected abstract Supplier<R> desired(String name, YamlFields fields, Path baseDirectory);

  /**
   * Compares {@code desired} with what the manager holds and decides what to do, without changing
   * anything yet: create when absent, update when different, nothing when equal.
   *
   * @throws dev.warren.domain.error.DomainException if the manager cannot be read, or cannot be
   *     brought to {@code desired} (e.g. a field it cannot update, or a kind it does not support)
   */
  public final Step plan(ManagerClient manager, R desired) {
    Optional<C> current = ifFound(() -> find(manager, name(desired)));
    return current.isEmpty() ? creation(manager, desired) : change(manager, current.get(), desired);
  }

  /** The resource called {@code name}; throws {@code NotFoundException} if there is none. */
  protected abstract C find(ManagerClient manager, String name);

  /** The step that creates {@code desired}, its request made (and checked) now. */
  protected abstract Step creation(ManagerClient manager, R desired);

  /** The step that brings {@code current} to {@code desired}: none, an update, or a refusal. */
  protected abstract Step change(ManagerClient manager, C current, R desired);

  private static <T> Optional<T> ifFound(Supplier<T> read) {
    try {
      return Optional.of(read.get());
    } catch (NotFoundException absent) {
      return Optional.empty();
    }
  }
}
