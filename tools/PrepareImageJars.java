import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassFileVersion;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeTransform;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

/**
 * Prepares the jars of Warren's runtime image, in place (run by make-runtime-image.sh with the JDK
 * the image is linked from, 24 or newer: it uses the ClassFile API):
 *
 * <ul>
 *   <li>Class files older than Java 6 (major version below 50) become Java 8 class files with
 *       stack maps. A JDK's CDS and AOT caches (JEP 483/514) leave such "old" classes out, so a
 *       library compiled for Java 5 (picocli, which every command runs through) would be loaded
 *       and verified from its jar on every run. Method code is kept as it is; only the version and
 *       the stack maps the newer verifier needs change.
 *   <li>Native libraries the image never loads are dropped: netty-tcnative (OpenSSL; Warren's API
 *       and Raft ports use the JDK's TLS) and libraries for other operating systems or processors
 *       than the one the image is built for (its Java runtime is that platform's anyway).
 * </ul>
 *
 * <p>Usage: {@code java PrepareImageJars.java DIR}. Prints what it changed; jars with nothing to
 * change are left untouched.
 */
public final class PrepareImageJars {
  private static final int OLDEST_CACHEABLE = ClassFile.JAVA_6_VERSION;
  private static final int TARGET = ClassFile.JAVA_8_VERSION;
  private static final String NATIVE_DIR = "META-INF/native/";

  private PrepareImageJars() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: java PrepareImageJars.java DIR");
      System.exit(2);
    }
    String platform = platformSuffix();
    List<Path> jars;
    try (Stream<Path> files = Files.list(Path.of(args[0]))) {
      jars = files.filter(file -> file.toString().endsWith(".jar")).sorted().toList();
    }
    for (Path jar : jars) {
      if (needsWork(jar, platform)) {
        rewrite(jar, platform);
      }
    }
  }

  /** How netty names this machine's native libraries, e.g. "linux_x86_64". */
  private static String platformSuffix() {
    String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
    String nettyOs = os.startsWith("linux") ? "linux" : os.startsWith("mac") ? "osx" : os;
    String nettyArch =
        switch (arch) {
          case "amd64", "x86_64" -> "x86_64";
          case "aarch64", "arm64" -> "aarch_64";
          default -> arch;
        };
    return nettyOs + "_" + nettyArch;
  }

  /**
   * Whether the image cannot use this native library. The epoll transport's file names carry only
   * the processor (epoll exists on Linux only), the others the system and the processor.
   */
  static boolean isUnusableNative(String entry, String platform) {
    if (!entry.startsWith(NATIVE_DIR) || entry.endsWith("/")) {
      return false;
    }
    String name = entry.substring(NATIVE_DIR.length());
    if (name.contains("tcnative")) {
      return true;
    }
    String arch = platform.substring(platform.indexOf('_') + 1);
    if (name.contains("epoll")) {
      return !platform.startsWith("linux_") || !name.contains("_" + arch + ".");
    }
    return !name.contains(platform);
  }

  private static boolean needsWork(Path jar, String platform) throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      for (JarEntry entry : Collections.list(file.entries())) {
        if (isUnusableNative(entry.getName(), platform)) {
          return true;
        }
        if (isClass(entry)) {
          try (InputStream in = file.getInputStream(entry)) {
            if (majorVersion(in.readNBytes(8)) < OLDEST_CACHEABLE) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  private static void rewrite(Path jar, String platform) throws IOException {
    Path rewritten = jar.resolveSibling(jar.getFileName() + ".rewritten");
    int upgraded = 0;
    int dropped = 0;
    try (JarFile in = new JarFile(jar.toFile());
        URLClassLoader classes =
            new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        OutputStream file = Files.newOutputStream(rewritten);
        JarOutputStream out = new JarOutputStream(file)) {
      // Stack maps need the superclass of every type they merge: the jar's own and the JDK's.
      ClassFile classFile =
          ClassFile.of(
              ClassFile.StackMapsOption.GENERATE_STACK_MAPS,
              ClassFile.ClassHierarchyResolverOption.of(
                  ClassHierarchyResolver.defaultResolver()
                      .orElse(ClassHierarchyResolver.ofResourceParsing(classes))));
      // Every method body is rebuilt (so that it gets stack maps), the version raised.
      ClassTransform toJava8 =
          ClassTransform.transformingMethodBodies(CodeTransform.ACCEPT_ALL)
              .andThen(
                  (builder, element) -> {
                    if (element instanceof ClassFileVersion) {
                      builder.withVersion(TARGET, 0);
                    } else {
                      builder.with(element);
                    }
                  });
      for (JarEntry entry : Collections.list(in.entries())) {
        if (isUnusableNative(entry.getName(), platform)) {
          dropped++;
          continue;
        }
        byte[] bytes;
        try (InputStream data = in.getInputStream(entry)) {
          bytes = data.readAllBytes();
        }
        if (isClass(entry) && majorVersion(bytes) < OLDEST_CACHEABLE) {
          bytes = classFile.transformClass(classFile.parse(bytes), toJava8);
          upgraded++;
        }
        var copy = new ZipEntry(entry.getName());
        copy.setTime(entry.getTime());
        out.putNextEntry(copy);
        out.write(bytes);
        out.closeEntry();
      }
    }
    Files.move(rewritten, jar, StandardCopyOption.REPLACE_EXISTING);
    System.out.printf(
        "%s: %d class files raised to Java 8, %d unusable native libraries dropped%n",
        jar.getFileName(), upgraded, dropped);
  }

  private static boolean isClass(ZipEntry entry) {
    return entry.getName().endsWith(".class") && !entry.getName().endsWith("module-info.class");
  }

  private static int majorVersion(byte[] header) {
    return header.length < 8 ? Integer.MAX_VALUE : ((header[6] & 0xff) << 8) | (header[7] & 0xff);
  }
}
