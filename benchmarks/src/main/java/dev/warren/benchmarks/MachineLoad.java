package dev.warren.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import picocli.CommandLine.Option;

/**
 * What every benchmark prints beside its numbers: the machine's load (anything else running shares
 * the cores, so a loaded machine gives lower numbers than an idle one) and time-stamped progress
 * lines. A benchmark command mixes this in for its {@code -h/--help}.
 */
public final class MachineLoad {

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  boolean help;

  /** The machine's 1, 5 and 15 minute load averages, or the JVM's view of the 1 minute one. */
  static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException | RuntimeException notLinux) {
      double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
      return load < 0 ? "unknown" : String.format("%.2f", load);
    }
  }

  /** Prints a progress line with the wall-clock time, to line phases up with logs and profiles. */
  void progress(String format, Object... args) {
    PrintStream out = System.out;
    out.println(LocalTime.now().truncatedTo(ChronoUnit.MILLIS) + " " + String.format(format, args));
    out.flush();
  }
}
