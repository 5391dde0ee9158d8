package dev.warren.cli.apply;

import dev.warren.cli.ManagerClient;
import java.util.Locale;

/** One read and validated manifest: its kind, the desired state and where it was written. */
public record Manifest<R>(ResourceKind<R, ?> kind, R desired, String location) {

  public String name() {
    return kind.name(desired);
  }

  /** {@code service/web}, as the apply output names resources. */
  public String label() {
    return kind.kind().toLowerCase(Locale.ROOT) + "/" + name();
  }

  public Step plan(ManagerClient manager) {
    return kind.plan(manager, desired);
  }
}
