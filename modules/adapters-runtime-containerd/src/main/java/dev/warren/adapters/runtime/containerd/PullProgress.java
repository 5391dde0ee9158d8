package dev.warren.adapters.runtime.containerd;

/**
 * One step of an image pull: blob {@code digest} ({@code what}: manifest, config, layer) of {@code
 * image} has {@code bytes} of {@code total} bytes in containerd; {@code reused} when containerd
 * held it already.
 */
public record PullProgress(
    String image, String what, String digest, long bytes, long total, boolean reused) {

  private static final System.Logger LOG = System.getLogger(PullProgress.class.getName());

  /** Writes the step to the JDK log, one line per blob. */
  public static void log(PullProgress progress) {
    LOG.log(System.Logger.Level.INFO, progress::line);
  }

  /** The step as one log line. */
  public String line() {
    String shortDigest = digest.length() > 19 ? digest.substring(0, 19) : digest;
    return "pull "
        + image
        + ": "
        + what
        + " "
        + shortDigest
        + (reused ? " already present" : " " + bytes + "/" + total + " bytes");
  }
}
