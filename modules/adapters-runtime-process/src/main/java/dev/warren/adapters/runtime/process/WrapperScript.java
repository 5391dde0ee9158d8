package dev.warren.adapters.runtime.process;

import java.nio.file.Path;
import java.util.List;

/**
 * The shell that stands between the worker and the command. Started by {@code setsid}, it leads a
 * session and process group of its own (pgid = its pid), so the command outlives a worker killed
 * with -9 and a stop reaches every process the command started. It records its own pid and start
 * time first, joins the container's cgroups, then runs the command with its output appended to the
 * log, and writes the command's exit status when it ends — which only a parent can learn, and the
 * worker may not be the parent by then. The shell handles SIGTERM (a handler, not an ignore, which
 * the command would inherit across exec), so a stop that signals the whole group ends the command
 * while the shell lives on to record the status.
 */
final class WrapperScript {
  private WrapperScript() {}

  /** The script for {@code dir}, joining the cgroups whose {@code cgroup.procs} are given. */
  static String of(ContainerDirectory dir, List<Path> cgroupProcs) {
    var script = new StringBuilder();
    script
        .append("echo \"$$ $(cut -d' ' -f22 /proc/$$/stat)\" > ")
        .append(quote(dir.pidFile() + ".tmp"))
        .append(" && mv ")
        .append(quote(dir.pidFile() + ".tmp"))
        .append(' ')
        .append(quote(dir.pidFile().toString()))
        .append('\n');
    for (Path procs : cgroupProcs) {
      script.append("echo $$ > ").append(quote(procs.toString())).append('\n');
    }
    // Started in the background so the trap below, set after the fork, is never the command's:
    // a signal between fork and exec would otherwise meet the shell's handler, not the default.
    // A background command starts with SIGINT and SIGQUIT ignored, which env undoes.
    script
        .append("/usr/bin/env --default-signal=INT,QUIT \"$@\" >> ")
        .append(quote(dir.log().toString()))
        .append(" 2>&1 < /dev/null &\n");
    script.append("child=$!\n");
    script.append("trap : TERM INT\n");
    // From here a stop's SIGTERM reaches the command and the status is recorded (a builtin, no
    // fork).
    script.append(": > ").append(quote(dir.readyFile().toString())).append('\n');
    // A trapped signal ends `wait` early; wait again until the command itself has ended.
    script.append(
        "while :; do wait \"$child\"; status=$?; kill -0 \"$child\" 2>/dev/null || break; done\n");
    script
        .append("echo $status > ")
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
