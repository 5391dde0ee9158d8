package dev.warren.adapters.runtime.containerd;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.warren.domain.error.FailedPreconditionException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Registry credentials from a docker-style {@code config.json}: {@code auths.<registry>.auth}
 * (base64 of {@code user:password}) or {@code username}/{@code password}. Credential helpers are
 * not run.
 */
final class RegistryCredentials {
  /** A user name and password for one registry. */
  record Login(String user, String password) {
    String basic() {
      return "Basic "
          + Base64.getEncoder()
              .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
      return "Login[" + user + "]";
    }
  }

  private final Path file;

  RegistryCredentials(Path file) {
    this.file = file;
  }

  Path file() {
    return file;
  }

  /** The login for {@code registry}, read afresh so a `docker login` applies without a restart. */
  Optional<Login> loginFor(String registry) {
    JsonObject auths;
    try {
      JsonElement root = JsonParser.parseString(Files.readString(file));
      if (!root.isJsonObject() || !root.getAsJsonObject().has("auths")) {
        return Optional.empty();
      }
      auths = root.getAsJsonObject().getAsJsonObject("auths");
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException | JsonParseException | ClassCastException | IllegalStateException e) {
      throw new FailedPreconditionException(
          "cannot read registry credentials from " + file + ": " + e.getMessage(), e);
    }
    List<String> keys =
        registry.equals(ImageReference.DOCKER_HUB)
            ? List.of("https://index.docker.io/v1/", "docker.io", "index.docker.io")
            : List.of(registry, "https://" + registry, "http://" + registry);
    for (String key : keys) {
      if (auths.has(key) && auths.get(key).isJsonObject()) {
        Optional<Login> login = parse(auths.getAsJsonObject(key));
        if (login.isPresent()) {
          return login;
        }
      }
    }
    return Optional.empty();
  }

  private Optional<Login> parse(JsonObject entry) {
    if (entry.has("auth")) {
      String decoded =
          new String(
              Base64.getDecoder().decode(entry.get("auth").getAsString()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      if (colon > 0) {
        return Optional.of(new Login(decoded.substring(0, colon), decoded.substring(colon + 1)));
      }
    }
    if (entry.has("username") && entry.has("password")) {
      return Optional.of(
          new Login(entry.get("username").getAsString(), entry.get("password").getAsString()));
    }
    return Optional.empty();
  }
}
