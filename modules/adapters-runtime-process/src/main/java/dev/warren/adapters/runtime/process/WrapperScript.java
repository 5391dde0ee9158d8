package dev.warren.adapters.runtime.process;

import java.nio.file.Path;
import java.util.List;

/**
 * The shell that stands between the worker and the command. Started by {@code setsid}, it leads a
 * session and process group of its own (pgid = its pid), so the command outlives a worker killed
 * with -9 and a stop reaches every process the command started. It records its own pid and start
 * time first, joins the container's cgroups, then runs the command with its output appended to
 * the log, and writes the command's exit status when it ends — which only a parent can learn, and
 * the worker may not be the parent by then. SIGTERM has a handler, not an ignore, so the command
 * (which inherits dispositions across exec) still ends on SIGTERM while the shell lives on to
 * record the status.
 */
final class WrapperScript {
  private WrapperScript() {}

  /** The script for {@code dir}, joining the cgroups whose {@code cgroup.procs} are given. */
  static String of(ContainerDirectory dir, List<Path> cgroupProcs) {
    var script = new StringBuilder();
    script.append("echo \"$$ $(cut -d' ' -f22 /proc/$$/stat)\" > ")
        .append(quote(dir.pidFile() + ".tmp"))
        .append(" && mv ")
        .append(quote(dir.pidFile() + ".tmp"))
        .append(' ')
        .append(quote(dir.pidFile().toString()))
        .append('\n');
    for (Path procs : cgroupProcs) {
      script.append("echo $$ > ").append(quote(procs.toString())).append('\n');
    }
    script.append("trap : TERM INT\n");
    script.append("\"$@\" >> ").append(quote(dir.log().toString())).append(" 2>&1 < /dev/null\n");
    script.append("status=$?\n");
    script.append("echo $status > ")
        .append(quote(dir.exitFile() + ".tmp"))
        .append(" && mv ")
        .append(quote(dir.exitFile() + ".tmp"))
        .append(' ')
        .append(quote(dir.exitFile().toString()))
        .append('\n');
    return script.toString();
  }

  /** {@code value} as one single-quoted shell word. */
  static String quote(String value) {
    return "'" + value.replace("'", "'\\''") + "'";
  }
}
