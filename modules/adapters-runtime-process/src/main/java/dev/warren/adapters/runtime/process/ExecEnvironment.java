package dev.warren.adapters.runtime.process;

import dev.warren.domain.port.out.RuntimeContainer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The environment a command run "in" a process container gets: the container's own, read from its
 * wrapper's {@code /proc/PID/environ} (the environment it was started with), so a health check sees
 * what the workload sees.
 */
final class ExecEnvironment {
  private ExecEnvironment() {}

  static Map<String, String> of(ContainerDirectory dir, RuntimeContainer container) {
    var env = new HashMap<String, String>();
    try {
      byte[] raw = Files.readAllBytes(Path.of("/proc", container.runtimeId(), "environ"));
      for (String entry : new String(raw, StandardCharsets.UTF_8).split("\0")) {
        int equals = entry.indexOf('=');
        if (equals > 0) {
          env.put(entry.substring(0, equals), entry.substring(equals + 1));
        }
      }
    } catch (IOException | RuntimeException e) {
      // gone or unreadable: the defaults below still let a command run
    }
    env.putIfAbsent("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
    env.putIfAbsent("HOME", dir.workDir().toString());
    return env;
  }
}
