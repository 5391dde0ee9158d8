package dev.warren.cli.apply;

import static dev.warren.domain.port.in.ReadConsistency.LINEARIZABLE;

import dev.warren.cli.ManagerClient;
import dev.warren.cli.yaml.YamlFields;
import dev.warren.domain.model.secret.SecretMetadata;
import dev.warren.domain.model.shared.Bytes;
import dev.warren.domain.port.in.CreateSecretRequest;
import dev.warren.domain.port.in.GetSecretByNameRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * {@code kind: Secret}: {@code name} and exactly one source of the data: {@code data} (text, stored
 * as UTF-8), {@code dataBase64} (binary) or {@code file} (read as bytes; a relative path is
 * relative to the manifest's directory).
 *
 * <p>The manager keeps secret data write-only, so an existing secret cannot be compared: planning
 * must report it unchanged (secrets are immutable, as in Docker), and create it when absent.
 */
final class SecretKind extends ResourceKind<DesiredSecret, SecretMetadata> {
  SecretKind() {
    super("Secret", DesiredSecret::name);
  }

  @Override
  protected Supplier<DesiredSecret> desired(String name, YamlFields fields, Path baseDirectory) {
    List<String> given = Stream.of("data", "dataBase64", "file").filter(fields::has).toList();
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
    return () -> new DesiredSecret(name, data);
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
  protected SecretMetadata find(ManagerClient manager, String name) {
    return manager.secrets().get(new GetSecretByNameRequest(name, LINEARIZABLE));
  }

  @Override
  protected Step creation(ManagerClient manager, DesiredSecret desired) {
    var request = new CreateSecretRequest(desired.name(), desired.data());
    return Step.create(() -> manager.secrets().create(request));
  }

  @Override
  protected Step change(ManagerClient manager, SecretMetadata current, DesiredSecret desired) {
    return Step.UNCHANGED;
  }
}
