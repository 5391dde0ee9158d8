package dev.warren.cli.ingress;

import dev.warren.domain.model.ingress.PathType;
import dev.warren.domain.model.shared.WireEnum;
import picocli.CommandLine.Option;

/** {@code --path-type}: how the routes that {@code ingress create} and {@code update} add match. */
final class PathTypeOption {
  @Option(
      names = "--path-type",
      paramLabel = "TYPE",
      defaultValue = "Prefix",
      description =
          "How the given routes' paths match: Prefix or Exact (default: ${DEFAULT-VALUE}).")
  String pathType;

  /** The path type given; a name that is none is an invalid spec naming the option's values. */
  PathType pathType() {
    return WireEnum.parse(PathType.class, "path type", pathType);
  }
}
