package dev.warren.cli;

import java.util.List;

/**
 * What {@code warren --version} prints, without picocli: the launcher answers a bare {@code
 * --version} by running {@link #main} on the class path with this module's jar alone, which starts
 * in a fraction of the time the whole module graph takes to resolve.
 */
public final class WarrenVersion {
  static final String FALLBACK = "0.1.0-SNAPSHOT";

  private WarrenVersion() {}

  /** Prints {@link #lines()}; the arguments are ignored (the launcher passes none). */
  public static void main(String[] args) {
    lines().forEach(System.out::println);
  }

  /** The project's version and the Java runtime's, one per line. */
  public static List<String> lines() {
    return List.of(
        "warren " + version(),
        "JVM " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")");
  }

  /**
   * The version the build recorded in the module descriptor (on the module path) or in the jar
   * manifest (on the class path), or {@value #FALLBACK} when it recorded neither (an IDE, {@code
   * target/classes}).
   */
  public static String version() {
    Module module = WarrenVersion.class.getModule();
    if (module.getDescriptor() != null && module.getDescriptor().rawVersion().isPresent()) {
      return module.getDescriptor().rawVersion().get();
    }
    String manifest = WarrenVersion.class.getPackage().getImplementationVersion();
    return manifest == null || manifest.isBlank() ? FALLBACK : manifest;
  }
}
