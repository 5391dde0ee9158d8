package dev.warren.domain.model.shared;

import dev.warren.domain.error.InvalidSpecException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The bounds on everything a client sends, in one place so the CLI and the manager agree (both
 * build the same request records, which apply them). Each failure is an {@link
 * InvalidSpecException} naming the field and the limit. The table in docs/security.md lists them.
 *
 * <p>They guard the request records, not the stored aggregates: what a manager has acknowledged
 * stays readable even if a limit tightens later.
 */
public final class InputLimits {
  /** An image reference (registry, path, tag and digest together). */
  public static final int IMAGE_CHARS = 512;

  /** Environment variables of one service. */
  public static final int ENV_ENTRIES = 1_000;

  public static final int ENV_KEY_CHARS = 256;
  public static final int ENV_VALUE_CHARS = 32 * 1024;

  /** Labels (and volume driver options) of one object. */
  public static final int LABELS = 64;

  public static final int LABEL_KEY_CHARS = 253;
  public static final int LABEL_VALUE_CHARS = 1_024;

  /** Ports, volume mounts and networks of one service. */
  public static final int PORTS = 100;

  public static final int VOLUME_MOUNTS = 100;
  public static final int NETWORKS = 32;

  /** Arguments of a command (a service's, or an exec health check's). */
  public static final int COMMAND_ARGUMENTS = 256;

  public static final int ARGUMENT_CHARS = 4_096;

  /** Headers of an HTTP health check, steps of a canary rollout. */
  public static final int HEALTH_CHECK_HEADERS = 32;

  public static final int CANARY_STEPS = 100;

  /** A whole service spec, counted as the UTF-8 bytes of its strings plus 8 bytes a number. */
  public static final int SERVICE_SPEC_BYTES = 64 * 1024;

  /** Rules of an ingress, and paths of one rule. */
  public static final int INGRESS_RULES = 100;

  public static final int INGRESS_PATHS = 100;

  /** Host names of an ingress's TLS section or of a certificate. */
  public static final int HOSTS = 100;

  /** Short free text: addresses, paths, container targets, e-mail addresses, runtime ids. */
  public static final int TEXT_CHARS = 1_024;

  /** A container's error or a health check's message. */
  public static final int MESSAGE_CHARS = 4_096;

  /** Container statuses in one heartbeat. */
  public static final int CONTAINER_STATUSES = 10_000;

  /** Event type filters of one event stream. */
  public static final int EVENT_TYPES = 64;

  /** Join tokens, and identifiers that are not checked elsewhere (a joining node's id). */
  public static final int TOKEN_CHARS = 512;

  /** A certificate signing request, PEM. */
  public static final int CSR_CHARS = 64 * 1024;

  /** A node's resources: CPU cores, memory and disk bytes. */
  public static final long NODE_CPU_CORES = 4_096;

  public static final long MEMORY_BYTES = 1L << 46; // 64 TiB
  public static final long DISK_BYTES = 1L << 60; // 1 EiB

  /** A replica's CPU shares (1,024 a core). */
  public static final long CPU_SHARES = NODE_CPU_CORES * 1_024;

  /** The image that runs a service's command as a host process instead of in a container. */
  public static final String PROCESS_IMAGE = "process://";

  // An OCI image reference: [registry[:port]/]path[:tag][@algorithm:hex]. Path components are
  // lowercase; a registry is a host name (letters, digits, '-', '.') with an optional port.
  private static final String COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
  private static final String REGISTRY =
      "(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*"
          + "(?::[0-9]{1,5})?/)";
  private static final Pattern IMAGE =
      Pattern.compile(
          REGISTRY
              + "?"
              + COMPONENT
              + "(?:/"
              + COMPONENT
              + ")*"
              + "(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?"
              + "(?:@[a-z0-9]+(?:[+._-][a-z0-9]+)*:[0-9a-fA-F]{32,})?");
  private static final Pattern ENV_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private InputLimits() {}

  /**
   * An image: an OCI reference such as {@code nginx:1.27} or {@code
   * registry.example.com:5000/team/api@sha256:…}, or {@value #PROCESS_IMAGE} optionally followed by
   * a path, for a host process.
   */
  public static String image(String field, String value) {
    Checks.notBlank(field, value);
    Checks.text(field, value, IMAGE_CHARS);
    if (value.chars().anyMatch(Character::isWhitespace)) {
      throw new InvalidSpecException(
          field + " " + Checks.quote(value) + " must not contain whitespace");
    }
    if (value.startsWith(PROCESS_IMAGE)) {
      return value;
    }
    if (!IMAGE.matcher(value).matches()) {
      throw new InvalidSpecException(
          field
              + " "
              + Checks.quote(value)
              + " is not an image reference: expected [registry/]name[:tag][@digest] with a"
              + " lowercase name, such as nginx:1.27, or "
              + PROCESS_IMAGE
              + " for a host process");
    }
    return value;
  }

  /** A join token: present and at most {@value #TOKEN_CHARS} characters. */
  public static String joinToken(String token) {
    Checks.notNull("join token", token);
    if (token.length() > TOKEN_CHARS) {
      // Never quoted: a token is a secret, even a malformed one.
      throw new InvalidSpecException(
          "join token is " + token.length() + " characters; the limit is " + TOKEN_CHARS);
    }
    return token;
  }

  /** Environment variables: POSIX names, bounded in number and size. */
  public static void env(String field, Map<String, String> env) {
    Checks.maxCount(field, env.entrySet(), ENV_ENTRIES);
    env.forEach(
        (key, value) -> {
          Checks.maxLength(field + " key", key, ENV_KEY_CHARS);
          if (!ENV_KEY.matcher(key).matches()) {
            throw new InvalidSpecException(
                field
                    + " key "
                    + Checks.quote(key)
                    + " is not a variable name: use letters, digits and '_', not starting with a"
                    + " digit");
          }
          Checks.maxLength(field + " value of " + key, value, ENV_VALUE_CHARS);
          if (value.indexOf('\0') >= 0) {
            throw new InvalidSpecException(field + " value of " + key + " holds a NUL character");
          }
        });
  }

  /** Labels (or driver options): bounded in number, keys and values without control characters. */
  public static void labels(String field, Map<String, String> labels) {
    Checks.maxCount(field, labels.entrySet(), LABELS);
    labels.forEach(
        (key, value) -> {
          Checks.notBlank(field + " key", key);
          Checks.text(field + " key", key, LABEL_KEY_CHARS);
          Checks.text(field + " value of " + Checks.quote(key), value, LABEL_VALUE_CHARS);
        });
  }

  /** A command line: bounded in arguments and their length, no NUL (no process could take it). */
  public static void command(String field, List<String> arguments) {
    Checks.maxCount(field, arguments, COMMAND_ARGUMENTS);
    for (String argument : arguments) {
      Checks.maxLength(field + " argument", argument, ARGUMENT_CHARS);
      if (argument.indexOf('\0') >= 0) {
        throw new InvalidSpecException(
            field + " argument " + Checks.quote(argument) + " holds a NUL character");
      }
    }
  }

  /** Each element of {@code values} as {@link Checks#text}, and at most {@code max} of them. */
  public static void texts(String field, Collection<String> values, int max, int maxChars) {
    Checks.maxCount(field, values, max);
    values.forEach(value -> Checks.text(field, value, maxChars));
  }

  /** The UTF-8 size of {@code value}, counted without encoding it. */
  public static long utf8Bytes(String value) {
    long bytes = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
    }
    return bytes;
  }
}
