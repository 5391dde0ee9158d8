package dev.warren.adapters.runtime.containerd;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.model.service.Resources;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The OCI runtime spec (JSON) of one container: its process merged from the image config and the
 * launch, the mounts a Linux process expects plus its volumes and secrets, host networking, and its
 * cgroup limits.
 */
final class OciSpec {
  /** The capabilities containerd's own clients give a container by default. */
  static final List<String> DEFAULT_CAPABILITIES =
      List.of(
          "CAP_CHOWN",
          "CAP_DAC_OVERRIDE",
          "CAP_FSETID",
          "CAP_FOWNER",
          "CAP_MKNOD",
          "CAP_NET_RAW",
          "CAP_SETGID",
          "CAP_SETUID",
          "CAP_SETFCAP",
          "CAP_SETPCAP",
          "CAP_NET_BIND_SERVICE",
          "CAP_SYS_CHROOT",
          "CAP_KILL",
          "CAP_AUDIT_WRITE");

  private static final List<String> MASKED_PATHS =
      List.of(
          "/proc/acpi",
          "/proc/asound",
          "/proc/kcore",
          "/proc/keys",
          "/proc/latency_stats",
          "/proc/timer_list",
          "/proc/timer_stats",
          "/proc/sched_debug",
          "/proc/scsi",
          "/sys/firmware");

  private static final List<String> READONLY_PATHS =
      List.of("/proc/bus", "/proc/fs", "/proc/irq", "/proc/sys", "/proc/sysrq-trigger");

  /** A bind mount of a host path into the container. */
  record Bind(String source, String destination, boolean readOnly) {}

  private OciSpec() {}

  /** The command the container runs: the image's entrypoint, then the launch's or image's cmd. */
  static List<String> args(ImageConfig image, List<String> command, String imageName) {
    List<String> args = new ArrayList<>(image.entrypoint());
    args.addAll(command.isEmpty() ? image.cmd() : command);
    if (args.isEmpty()) {
      throw new InvalidSpecException(
          "image " + imageName + " names no command and the service gives none: add one");
    }
    return args;
  }

  /** The image's environment with the launch's variables over it. */
  static List<String> env(ImageConfig image, Map<String, String> launchEnv) {
    Map<String, String> merged = new LinkedHashMap<>();
    for (String entry : image.env()) {
      int equals = entry.indexOf('=');
      merged.put(
          equals < 0 ? entry : entry.substring(0, equals),
          equals < 0 ? "" : entry.substring(equals + 1));
    }
    merged.putIfAbsent("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
    merged.putAll(launchEnv);
    List<String> env = new ArrayList<>();
    merged.forEach((key, value) -> env.add(key + "=" + value));
    return env;
  }

  /** The uid and gid of the image's {@code User} ("", "root", "uid" or "uid:gid"). */
  static long[] user(String user, String imageName) {
    if (user.isEmpty() || user.equals("root")) {
      return new long[] {0, 0};
    }
    String[] parts = user.split(":", 2);
    try {
      long uid = Long.parseLong(parts[0]);
      long gid = parts.length > 1 ? Long.parseLong(parts[1]) : uid == 0 ? 0 : uid;
      return new long[] {uid, gid};
    } catch (NumberFormatException e) {
      throw new InvalidSpecException(
          "image "
              + imageName
              + " runs as user '"
              + user
              + "'; the containerd runtime takes numeric users only (uid or uid:gid)");
    }
  }

  static JsonObject process(List<String> args, List<String> env, String cwd, long uid, long gid) {
    var process = new JsonObject();
    var user = new JsonObject();
    user.addProperty("uid", uid);
    user.addProperty("gid", gid);
    user.add("additionalGids", array(List.of(Long.toString(gid)), true));
    process.add("user", user);
    process.add("args", array(args, false));
    process.add("env", array(env, false));
    process.addProperty("cwd", cwd.isEmpty() ? "/" : cwd);
    var capabilities = new JsonObject();
    for (String set : List.of("bounding", "effective", "permitted")) {
      capabilities.add(set, array(DEFAULT_CAPABILITIES, false));
    }
    process.add("capabilities", capabilities);
    var nofile = new JsonObject();
    nofile.addProperty("type", "RLIMIT_NOFILE");
    nofile.addProperty("hard", 1024);
    nofile.addProperty("soft", 1024);
    var rlimits = new JsonArray();
    rlimits.add(nofile);
    process.add("rlimits", rlimits);
    process.addProperty("noNewPrivileges", true);
    return process;
  }

  static JsonObject spec(
      JsonObject process, List<Bind> binds, Resources resources, String cgroupsPath) {
    var spec = new JsonObject();
    spec.addProperty("ociVersion", "1.0.2-dev");
    spec.add("process", process);
    var root = new JsonObject();
    root.addProperty("path", "rootfs");
    spec.add("root", root);
    var mounts = new JsonArray();
    mounts.add(mount("/proc", "proc", "proc", "nosuid", "noexec", "nodev"));
    mounts.add(mount("/dev", "tmpfs", "tmpfs", "nosuid", "strictatime", "mode=755", "size=65536k"));
    mounts.add(
        mount(
            "/dev/pts",
            "devpts",
            "devpts",
            "nosuid",
            "noexec",
            "newinstance",
            "ptmxmode=0666",
            "mode=0620",
            "gid=5"));
    mounts.add(
        mount("/dev/shm", "tmpfs", "shm", "nosuid", "noexec", "nodev", "mode=1777", "size=65536k"));
    mounts.add(mount("/dev/mqueue", "mqueue", "mqueue", "nosuid", "noexec", "nodev"));
    mounts.add(mount("/sys", "sysfs", "sysfs", "nosuid", "noexec", "nodev", "ro"));
    mounts.add(mount("/run", "tmpfs", "tmpfs", "nosuid", "strictatime", "mode=755", "size=65536k"));
    // Host networking: the host's name resolution, read-only.
    mounts.add(mount("/etc/hosts", "bind", "/etc/hosts", "rbind", "ro"));
    mounts.add(mount("/etc/resolv.conf", "bind", "/etc/resolv.conf", "rbind", "ro"));
    for (Bind bind : binds) {
      mounts.add(
          mount(bind.destination(), "bind", bind.source(), "rbind", bind.readOnly() ? "ro" : "rw"));
    }
    spec.add("mounts", mounts);
    var linux = new JsonObject();
    var namespaces = new JsonArray();
    // No network or uts namespace: the container shares the host's network and name.
    for (String type : List.of("pid", "ipc", "mount")) {
      var namespace = new JsonObject();
      namespace.addProperty("type", type);
      namespaces.add(namespace);
    }
    linux.add("namespaces", namespaces);
    linux.addProperty("cgroupsPath", cgroupsPath);
    linux.add("resources", resources(resources));
    linux.add("maskedPaths", array(MASKED_PATHS, false));
    linux.add("readonlyPaths", array(READONLY_PATHS, false));
    spec.add("linux", linux);
    return spec;
  }

  private static JsonObject resources(Resources resources) {
    var json = new JsonObject();
    var devices = new JsonArray();
    var denyAll = new JsonObject();
    denyAll.addProperty("allow", false);
    denyAll.addProperty("access", "rwm");
    devices.add(denyAll);
    // null, zero, full, random, urandom, tty, console, ptmx, and the pseudo-terminals.
    long[][] allowed = {{1, 3}, {1, 5}, {1, 7}, {1, 8}, {1, 9}, {5, 0}, {5, 1}, {5, 2}, {136, -1}};
    for (long[] device : allowed) {
      var allow = new JsonObject();
      allow.addProperty("allow", true);
      allow.addProperty("type", "c");
      allow.addProperty("major", device[0]);
      if (device[1] >= 0) {
        allow.addProperty("minor", device[1]);
      }
      allow.addProperty("access", "rwm");
      devices.add(allow);
    }
    json.add("devices", devices);
    if (resources.memoryBytes() > 0 || resources.memoryReservationBytes() > 0) {
      var memory = new JsonObject();
      if (resources.memoryBytes() > 0) {
        memory.addProperty("limit", resources.memoryBytes());
      }
      if (resources.memoryReservationBytes() > 0) {
        memory.addProperty("reservation", resources.memoryReservationBytes());
      }
      json.add("memory", memory);
    }
    if (resources.cpuShares() > 0) {
      var cpu = new JsonObject();
      cpu.addProperty("shares", resources.cpuShares());
      json.add("cpu", cpu);
    }
    return json;
  }

  private static JsonObject mount(
      String destination, String type, String source, String... options) {
    var mount = new JsonObject();
    mount.addProperty("destination", destination);
    mount.addProperty("type", type);
    mount.addProperty("source", source);
    mount.add("options", array(List.of(options), false));
    return mount;
  }

  private static JsonArray array(List<String> values, boolean numbers) {
    var array = new JsonArray();
    for (String value : values) {
      if (numbers) {
        array.add(Long.parseLong(value));
      } else {
        array.add(value);
      }
    }
    return array;
  }
}
