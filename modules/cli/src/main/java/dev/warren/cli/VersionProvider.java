package dev.warren.cli;

import picocli.CommandLine.IVersionProvider;

/**
 * The version the build recorded in the module descriptor (on the module path) or in the jar
 * manifest (on the class path); a build that recorded neither (an IDE, {@code target/classes})
 * answers the development version.
 */
public final class VersionProvider implements IVersionProvider {
  static final String FALLBACK = "0.1.0-SNAPSHOT";

  @Override
  public String[] getVersion() {
    return new String[] {
      "warren " + version(),
      "JVM " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"
    };
  }

  /** The project version, or {@value #FALLBACK} when the build did not record one. */
  public static String version() {
    Module module = VersionProvider.class.getModule();
    if (module.getDescriptor() != null && module.getDescriptor().rawVersion().isPresent()) {
      return module.getDescriptor().rawVersion().get();
    }
    String manifest = VersionProvider.class.getPackage().getImplementationVersion();
    return manifest == null || manifest.isBlank() ? FALLBACK : manifest;
  }
}
