package dev.warren.cli.apply;

import dev.warren.cli.yaml.YamlDocuments;
import dev.warren.cli.yaml.YamlFields;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a YAML stream of manifests, each with a {@code kind:} that selects its reader. */
final class ManifestReader {
  private ManifestReader() {}

  /**
   * Every non-empty document of {@code reader} as a validated manifest, in order.
   *
   * @param source how errors name the input
   * @param baseDirectory what relative paths in the manifests are relative to
   * @throws dev.warren.domain.error.InvalidSpecException for malformed YAML, an unknown kind or
   *     field, or an invalid value, naming source, document, line and field
   */
  static List<Manifest<?>> read(String source, Reader reader, Path baseDirectory) {
    var manifests = new ArrayList<Manifest<?>>();
    for (YamlDocuments.Document document : YamlDocuments.read(source, reader)) {
      YamlFields fields = document.fields();
      String kind = fields.requiredString("kind");
      ResourceKind<?, ?> known =
          ResourceKinds.named(kind)
              .orElseThrow(
                  () ->
                      fields.problem(
                          "kind",
                          "names an unknown kind '"
                              + kind
                              + "' (known: "
                              + ResourceKinds.names()
                              + ")"));
      manifests.add(manifest(known, fields, baseDirectory));
    }
    return List.copyOf(manifests);
  }

  private static <R> Manifest<R> manifest(
      ResourceKind<R, ?> kind, YamlFields fields, Path baseDirectory) {
    return new Manifest<>(kind, kind.read(fields, baseDirectory), fields.location());
  }
}
