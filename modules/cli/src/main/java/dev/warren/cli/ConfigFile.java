package dev.warren.cli;

import dev.warren.cli.config.TcpAddress;
import dev.warren.cli.yaml.YamlDocuments;
import dev.warren.cli.yaml.YamlFields;
import dev.warren.domain.error.InvalidSpecException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The user's CLI settings file, YAML with the manager to talk to, or several to try in turn:
 *
 * <pre>
 * manager: 10.0.0.5:8080
 * managers: [10.0.0.5:8080, 10.0.0.6:8080, 10.0.0.7:8080]
 * </pre>
 *
 * A missing file means no settings; an unreadable or invalid one is an error naming the file, so a
 * typo is never silently ignored.
 */
public record ConfigFile(Optional<TcpAddress> manager, List<TcpAddress> managers) {
  public static final ConfigFile NONE = new ConfigFile(Optional.empty(), List.of());

  public ConfigFile {
    managers = List.copyOf(managers);
  }

  /** Every manager the file names, {@code manager} first, each once, in order. */
  public List<TcpAddress> all() {
    var all = new java.util.LinkedHashSet<TcpAddress>();
    manager.ifPresent(all::add);
    all.addAll(managers);
    return List.copyOf(all);
  }

  /**
   * @throws InvalidSpecException if the file cannot be read, is not YAML, holds an unknown key or
   *     an address that is not {@code HOST:PORT}
   */
  public static ConfigFile read(Path file) {
    List<YamlDocuments.Document> documents;
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      documents = YamlDocuments.read(file.toString(), reader);
    } catch (NoSuchFileException absent) {
      return NONE;
    } catch (IOException unreadable) {
      throw new InvalidSpecException(
          "cannot read config file " + file + ": " + unreadable.getMessage(), unreadable);
    }
    if (documents.isEmpty()) {
      return NONE;
    }
    if (documents.size() > 1) {
      throw new InvalidSpecException(file + ": a config file holds one YAML document");
    }
    YamlFields fields = documents.getFirst().fields();
    Optional<String> manager = fields.string("manager");
    List<String> managers = fields.strings("managers");
    fields.rejectUnknown();
    return new ConfigFile(
        manager.map(address -> parse(fields, "manager", address)),
        managers.stream().map(address -> parse(fields, "managers", address)).toList());
  }

  private static TcpAddress parse(YamlFields fields, String field, String address) {
    try {
      return TcpAddress.parse(address);
    } catch (InvalidSpecException invalid) {
      throw fields.problem(field, "is invalid: " + invalid.getMessage());
    }
  }
}
