package dev.warren.adapters.runtime.containerd;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.warren.domain.error.FailedPreconditionException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads manifests and blobs over the registry HTTP API v2, answering its authentication challenges
 * (HTTP basic, or a bearer token from the realm it names) with credentials from a docker config.
 */
final class RegistryClient {
  static final String ACCEPT_MANIFESTS =
      String.join(
          ", ",
          "application/vnd.oci.image.index.v1+json",
          "application/vnd.docker.distribution.manifest.list.v2+json",
          "application/vnd.oci.image.manifest.v1+json",
          "application/vnd.docker.distribution.manifest.v2+json");

  private static final Pattern CHALLENGE_PARAMETER = Pattern.compile("([A-Za-z_]+)=\"([^\"]*)\"");

  /** A response body still to be read, and what the registry said of it. */
  record Blob(InputStream body, long length, String contentType, Optional<String> digest) {}

  private final HttpClient http;
  private final RegistryCredentials credentials;
  private final Set<String> plainHttpRegistries;

  /** The Authorization header that last worked per registry and repository. */
  private final Map<String, String> authorizations = new ConcurrentHashMap<>();

  RegistryClient(RegistryCredentials credentials, Set<String> plainHttpRegistries) {
    this.credentials = credentials;
    this.plainHttpRegistries = plainHttpRegistries;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** The manifest (or index) {@code reference} names, in the media types Warren understands. */
  Blob manifest(ImageReference image, String reference) {
    return get(image, "manifests/" + reference, ACCEPT_MANIFESTS, "manifest " + reference);
  }

  /** Blob {@code digest} of {@code image}'s repository. */
  Blob blob(ImageReference image, String digest) {
    return get(image, "blobs/" + digest, "*/*", "blob " + digest);
  }

  private String base(ImageReference image) {
    boolean plain = image.loopback() || plainHttpRegistries.contains(image.registry());
    return (plain ? "http://" : "https://") + image.apiHost() + "/v2/" + image.repository() + "/";
  }

  private Blob get(ImageReference image, String path, String accept, String what) {
    URI uri = URI.create(base(image) + path);
    String scopeKey = image.registry() + "/" + image.repository();
    HttpResponse<InputStream> response = send(uri, accept, authorizations.get(scopeKey));
    if (response.statusCode() == 401) {
      String challenge = response.headers().firstValue("WWW-Authenticate").orElse("");
      discard(response);
      String authorization = authorize(image, challenge);
      authorizations.put(scopeKey, authorization);
      response = send(uri, accept, authorization);
      if (response.statusCode() == 401 || response.statusCode() == 403) {
        discard(response);
        throw credentialsRefused(image);
      }
    }
    // Registries hand blobs to storage elsewhere (S3, a CDN) that wants no registry credentials.
    for (int hops = 0; hops < 5 && isRedirect(response.statusCode()); hops++) {
      String location = response.headers().firstValue("Location").orElseThrow();
      discard(response);
      response = send(uri.resolve(location), accept, null);
    }
    int status = response.statusCode();
    if (status == 404) {
      discard(response);
      throw new FailedPreconditionException(
          "image "
              + image
              + " not found in registry "
              + image.registry()
              + " ("
              + what
              + "): check the image name and tag");
    }
    if (status == 403) {
      discard(response);
      throw new FailedPreconditionException(
          "registry "
              + image.registry()
              + " denies access to "
              + image
              + ": check the credentials");
    }
    if (status / 100 != 2) {
      discard(response);
      throw new FailedPreconditionException(
          "registry "
              + image.registry()
              + " answered HTTP "
              + status
              + " for "
              + what
              + " of "
              + image);
    }
    return new Blob(
        response.body(),
        response.headers().firstValueAsLong("Content-Length").orElse(-1),
        response.headers().firstValue("Content-Type").orElse(""),
        response.headers().firstValue("Docker-Content-Digest"));
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  /** The Authorization header that answers {@code challenge}, or why there is none. */
  private String authorize(ImageReference image, String challenge) {
    Optional<RegistryCredentials.Login> login = credentials.loginFor(image.registry());
    String scheme =
        challenge.contains(" ") ? challenge.substring(0, challenge.indexOf(' ')) : challenge;
    if (scheme.equalsIgnoreCase("Basic")) {
      return login.orElseThrow(() -> credentialsNeeded(image)).basic();
    }
    if (!scheme.equalsIgnoreCase("Bearer")) {
      throw new FailedPreconditionException(
          "registry "
              + image.registry()
              + " asks for authentication Warren does not speak ("
              + (scheme.isEmpty() ? "no challenge" : scheme)
              + ")");
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    Matcher matcher = CHALLENGE_PARAMETER.matcher(challenge);
    while (matcher.find()) {
      parameters.put(matcher.group(1).toLowerCase(java.util.Locale.ROOT), matcher.group(2));
    }
    String realm = parameters.get("realm");
    if (realm == null) {
      throw new FailedPreconditionException(
          "registry " + image.registry() + " asks for a bearer token but names no realm");
    }
    StringBuilder query = new StringBuilder();
    if (parameters.containsKey("service")) {
      query.append("service=").append(encode(parameters.get("service")));
    }
    String scope = parameters.getOrDefault("scope", "repository:" + image.repository() + ":pull");
    query.append(query.isEmpty() ? "" : "&").append("scope=").append(encode(scope));
    URI tokenUri = URI.create(realm + (realm.contains("?") ? "&" : "?") + query);
    HttpResponse<InputStream> response =
        send(
            tokenUri, "application/json", login.map(RegistryCredentials.Login::basic).orElse(null));
    String body;
    try (InputStream in = response.body()) {
      body = new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw unreachable(image, e);
    }
    if (response.statusCode() == 401 || response.statusCode() == 403) {
      throw login.isPresent() ? credentialsRefused(image) : credentialsNeeded(image);
    }
    if (response.statusCode() / 100 != 2) {
      throw new FailedPreconditionException(
          "the token service of registry "
              + image.registry()
              + " answered HTTP "
              + response.statusCode());
    }
    try {
      JsonObject token = JsonParser.parseString(body).getAsJsonObject();
      String value =
          token.has("token")
              ? token.get("token").getAsString()
              : token.get("access_token").getAsString();
      return "Bearer " + value;
    } catch (JsonParseException
        | IllegalStateException
        | NullPointerException
        | UnsupportedOperationException e) {
      throw new FailedPreconditionException(
          "the token service of registry " + image.registry() + " sent no token", e);
    }
  }

  private FailedPreconditionException credentialsRefused(ImageReference image) {
    return new FailedPreconditionException(
        "registry "
            + image.registry()
            + " refused the credentials from "
            + credentials.file()
            + " for "
            + image
            + ": check the user and password there (docker login "
            + image.registry()
            + ")");
  }

  private FailedPreconditionException credentialsNeeded(ImageReference image) {
    return new FailedPreconditionException(
        "registry "
            + image.registry()
            + " asks for credentials to pull "
            + image
            + " and "
            + credentials.file()
            + " holds none for it: run 'docker login "
            + image.registry()
            + "' (or add auths."
            + image.registry()
            + ".auth there) on this node");
  }

  private HttpResponse<InputStream> send(URI uri, String accept, String authorization) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(5)).header("Accept", accept).GET();
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (IOException e) {
      throw new FailedPreconditionException(
          "cannot reach registry at "
              + uri.getHost()
              + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
              + " ("
              + e
              + "): check the image's registry name and this node's network",
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FailedPreconditionException("interrupted while pulling from " + uri.getHost(), e);
    }
  }

  private static FailedPreconditionException unreachable(ImageReference image, IOException e) {
    return new FailedPreconditionException(
        "lost the connection to registry " + image.registry() + " (" + e + ")", e);
  }

  private static void discard(HttpResponse<InputStream> response) {
    try (InputStream in = response.body()) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    } catch (IOException e) {
      // The body was only drained to reuse the connection.
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
