package dev.warren.bootstrap;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code warren} as a separate JVM on the module path, as the image runs it: what a test needs to
 * see a missing {@code requires} or {@code opens}, or to kill a manager process with SIGKILL. Its
 * home and config home are under the test's directory, never the real user's.
 */
final class WarrenJvm {
  private static final List<String> TEST_ONLY =
      List.of(
          "test-classes",
          // Test jars (the command line's test doubles) would split their packages with the
          // modules.
          "-tests.jar",
          "testkit",
          "junit",
          "assertj",
          "opentest4j",
          "apiguardian",
          "byte-buddy",
          "surefire",
          "failsafe");

  private final Path temp;

  /** Processes whose home is {@code temp/home} and config home {@code temp/config}. */
  WarrenJvm(Path temp) {
    this.temp = temp;
  }

  /** Where the processes' manager writes, and their clients read, the admin credentials. */
  Path configHome() {
    return temp.resolve("config");
  }

  /** The application's own class path (without test libraries), used as a module path. */
  private static String modulePath() {
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    return Arrays.stream(classPath.split(File.pathSeparator))
        .filter(entry -> TEST_ONLY.stream().noneMatch(entry::contains))
        .collect(Collectors.joining(File.pathSeparator));
  }

  /** {@code warren args} writing its output and errors to {@code output}, not started yet. */
  ProcessBuilder warren(Path output, String... args) {
    var command = new ArrayList<String>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    if (Runtime.version().feature() >= 24) {
      command.add("--sun-misc-unsafe-memory-access=allow");
      command.add("--enable-native-access=org.apache.ratis,io.grpc.netty.shaded");
    }
    command.add("-Duser.home=" + temp.resolve("home"));
    command.addAll(
        List.of(
            "--add-modules", "ALL-MODULE-PATH,ALL-SYSTEM",
            "--module-path", modulePath(),
            "--module", "dev.warren.bootstrap/dev.warren.bootstrap.Main"));
    command.addAll(List.of(args));
    var builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
    builder.environment().put("XDG_CONFIG_HOME", configHome().toString());
    builder.environment().put("HOME", temp.resolve("home").toString());
    return builder;
  }

  /** What a process wrote to {@code file} so far; empty before it wrote anything. */
  static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
