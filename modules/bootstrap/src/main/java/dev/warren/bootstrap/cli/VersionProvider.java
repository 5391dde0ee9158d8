package dev.warren.bootstrap.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The version Maven wrote into {@code version.properties} at build time; a build that did not
 * filter resources (an IDE) answers the development version.
 */
public final class VersionProvider implements IVersionProvider {
  static final String FALLBACK = "0.1.0-SNAPSHOT";

  @Override
  public String[] getVersion() {
    return new String[] {"warren " + version()};
  }

  /** The project version, or {@value #FALLBACK} when the build did not record one. */
  public static String version() {
    try (InputStream in =
        VersionProvider.class.getResourceAsStream("/dev/warren/bootstrap/version.properties")) {
      if (in == null) {
        return FALLBACK;
      }
      var properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("version", "");
      return version.isBlank() || version.contains("${") ? FALLBACK : version;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the version resource", e);
    }
  }
}
