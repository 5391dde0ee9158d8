package dev.warren.bootstrap.metrics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** A plain HTTP request to a local endpoint, for tests (java.base only). */
public record HttpProbe(int status, String body, String contentType) {

  public static HttpProbe send(String method, String url) {
    try {
      var connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
      connection.setRequestMethod(method);
      connection.setConnectTimeout(5_000);
      connection.setReadTimeout(5_000);
      try {
        int status = connection.getResponseCode();
        InputStream stream =
            status >= 400 ? connection.getErrorStream() : connection.getInputStream();
        String body =
            stream == null ? "" : new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        return new HttpProbe(status, body, connection.getContentType());
      } finally {
        connection.disconnect();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + url, e);
    }
  }

  public static HttpProbe get(String url) {
    return send("GET", url);
  }
}
