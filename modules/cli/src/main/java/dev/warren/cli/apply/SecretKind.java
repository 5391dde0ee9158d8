package dev.warren.cli.apply;

import dev.warren.cli.ManagerClient;
import dev.warren.cli.yaml.YamlFields;
import dev.warren.domain.error.NotFoundException;
import dev.warren.domain.model.shared.Bytes;
import dev.warren.domain.port.in.CreateSecretRequest;
import dev.warren.domain.port.in.GetSecretByNameRequest;
import dev.warren.domain.port.in.ReadConsistency;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

/**
 * {@code kind: Secret}: {@code name} and exactly one source of the data: {@code data} (text, stored
 * as UTF-8), {@code dataBase64} (binary) or {@code file} (read as bytes; a relative path is
 * relative to the manifest's directory).
 *
 * <p>The manager keeps secret data write-only, so an existing secret cannot be compared: planning
 * must report it unchanged (secrets are immutable, as in Docker), and create it when absent.
 */
final class SecretKind implements ResourceKind<DesiredSecret> {
  private static final List<String> SOURCES = List.of("data", "dataBase64", "file");

  @Override
  public String kind() {
    return "Secret";
  }

  @Override
  public DesiredSecret read(YamlFields fields, Path baseDirectory) {
    String name = fields.requiredString("name");
    List<String> given = SOURCES.stream().filter(fields::has).toList();
    if (given.size() != 1) {
      throw fields.problem(
          given.isEmpty() ? "data" : given.get(1),
          given.isEmpty()
              ? "is required (or dataBase64, or file)"
              : "cannot be combined with '" + given.get(0) + "': give one source of the data");
    }
    Bytes data =
        switch (given.getFirst()) {
          case "data" -> Bytes.of(fields.requiredString("data").getBytes(StandardCharsets.UTF_8));
          case "dataBase64" -> decode(fields);
          default -> readFile(fields, baseDirectory);
        };
    fields.rejectUnknown();
    return fields.build(() -> new DesiredSecret(name, data));
  }

  private static Bytes decode(YamlFields fields) {
    try {
      // Line breaks and spaces are layout; any other character that is not base64 is an error.
      String text = fields.requiredString("dataBase64").replaceAll("\\s", "");
      return Bytes.of(Base64.getDecoder().decode(text));
    } catch (IllegalArgumentException notBase64) {
      throw fields.problem("dataBase64", "is not base64: " + notBase64.getMessage());
    }
  }

  private static Bytes readFile(YamlFields fields, Path baseDirectory) {
    Path file = baseDirectory.resolve(fields.requiredString("file"));
    try {
      return Bytes.of(Files.readAllBytes(file));
    } catch (IOException unreadable) {
      throw fields.problem("file", "cannot be read: " + file);
    }
  }

  @Override
  public String name(DesiredSecret desired) {
    return desired.name();
  }

  @Override
  public Step plan(ManagerClient manager, DesiredSecret desired) {
    try {
      manager
          .secrets()
          .get(new GetSecretByNameRequest(desired.name(), ReadConsistency.LINEARIZABLE));
      return Step.UNCHANGED;
    } catch (NotFoundException absent) {
      var request = new CreateSecretRequest(desired.name(), desired.data());
      return Step.create(() -> manager.secrets().create(request));
    }
  }
}
