package dev.warren.adapters.runtime.containerd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.warren.domain.error.FailedPreconditionException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The registry client against a stand-in registry on loopback that asks for a bearer token from a
 * token service, as Docker Hub and most hosted registries do.
 */
class RegistryClientTest {
  private static final String MANIFEST = "{\"schemaVersion\":2}";
  private static final String TOKEN = "t0k3n";

  @TempDir Path home;

  private HttpServer server;
  private String registry;
  private final List<String> storageAuthorizations = new CopyOnWriteArrayList<>();
  private final List<String> tokenQueries = new CopyOnWriteArrayList<>();

  @BeforeEach
  void startRegistry() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    registry = "127.0.0.1:" + server.getAddress().getPort();
    server.createContext(
        "/token",
        exchange -> {
          tokenQueries.add(exchange.getRequestURI().getRawQuery());
          String login = exchange.getRequestHeaders().getFirst("Authorization");
          if (!basic("alice", "secret").equals(login)) {
            respond(exchange, 401, "{}", null);
            return;
          }
          respond(exchange, 200, "{\"token\":\"" + TOKEN + "\"}", null);
        });
    server.createContext(
        "/v2/team/app/manifests/",
        exchange -> {
          if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            exchange
                .getResponseHeaders()
                .add(
                    "WWW-Authenticate",
                    "Bearer realm=\"http://"
                        + registry
                        + "/token\",service=\"fake-registry\",scope=\"repository:team/app:pull\"");
            respond(exchange, 401, "{}", null);
            return;
          }
          if (exchange.getRequestURI().getPath().endsWith("/missing")) {
            respond(exchange, 404, "{}", null);
            return;
          }
          respond(exchange, 200, MANIFEST, "application/vnd.oci.image.manifest.v1+json");
        });
    server.createContext(
        "/v2/team/app/blobs/",
        exchange -> {
          exchange.getResponseHeaders().add("Location", "/storage/blob-1");
          respond(exchange, 307, "", null);
        });
    server.createContext(
        "/storage/",
        exchange -> {
          storageAuthorizations.add(
              String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
          respond(exchange, 200, "layer-bytes", null);
        });
    server.start();
  }

  @AfterEach
  void stopRegistry() {
    server.stop(0);
  }

  private RegistryClient client(String user, String password) throws IOException {
    Path config = home.resolve("config.json");
    if (user != null) {
      Files.writeString(
          config,
          "{\"auths\":{\""
              + registry
              + "\":{\"username\":\""
              + user
              + "\",\"password\":\""
              + password
              + "\"}}}");
    }
    return new RegistryClient(new RegistryCredentials(config), Set.of());
  }

  @Test
  void aBearerChallengeIsAnsweredWithATokenFetchedWithTheConfiguredLogin() throws IOException {
    RegistryClient client = client("alice", "secret");

    RegistryClient.Blob manifest =
        client.manifest(ImageReference.parse(registry + "/team/app:1"), "1");

    assertThat(read(manifest.body())).isEqualTo(MANIFEST);
    assertThat(manifest.contentType()).isEqualTo("application/vnd.oci.image.manifest.v1+json");
    assertThat(tokenQueries)
        .containsExactly("service=fake-registry&scope=repository%3Ateam%2Fapp%3Apull");
  }

  @Test
  void withoutCredentialsTheFailureSaysWhereToPutThem() throws IOException {
    RegistryClient client = client(null, null);

    assertThatThrownBy(() -> client.manifest(ImageReference.parse(registry + "/team/app:1"), "1"))
        .isInstanceOf(FailedPreconditionException.class)
        .hasMessageContaining("asks for credentials")
        .hasMessageContaining("docker login " + registry)
        .hasMessageContaining(home.resolve("config.json").toString());
  }

  @Test
  void wrongCredentialsAreRefusedNamingTheFileTheyCameFrom() throws IOException {
    RegistryClient client = client("alice", "guess");

    assertThatThrownBy(() -> client.manifest(ImageReference.parse(registry + "/team/app:1"), "1"))
        .isInstanceOf(FailedPreconditionException.class)
        .hasMessageContaining("refused the credentials")
        .hasMessageContaining(home.resolve("config.json").toString());
  }

  @Test
  void aMissingManifestIsNotFoundWithWhatToDo() throws IOException {
    RegistryClient client = client("alice", "secret");

    assertThatThrownBy(
            () -> client.manifest(ImageReference.parse(registry + "/team/app:missing"), "missing"))
        .isInstanceOf(FailedPreconditionException.class)
        .hasMessageContaining("not found in registry " + registry)
        .hasMessageContaining("check the image name and tag");
  }

  @Test
  void aBlobRedirectedToStorageIsFetchedWithoutTheRegistrysCredentials() throws IOException {
    RegistryClient client = client("alice", "secret");

    RegistryClient.Blob blob =
        client.blob(ImageReference.parse(registry + "/team/app:1"), "sha256:ab");

    assertThat(read(blob.body())).isEqualTo("layer-bytes");
    assertThat(storageAuthorizations).containsExactly("null");
  }

  @Test
  void anUnreachableRegistryIsNamed() throws IOException {
    RegistryClient client = client(null, null);
    server.stop(0);

    assertThatThrownBy(() -> client.manifest(ImageReference.parse(registry + "/team/app:1"), "1"))
        .isInstanceOf(FailedPreconditionException.class)
        .hasMessageContaining("cannot reach registry at " + registry);
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static String read(InputStream in) throws IOException {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void respond(HttpExchange exchange, int status, String body, String type)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    if (type != null) {
      exchange.getResponseHeaders().add("Content-Type", type);
    }
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    try (var out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
