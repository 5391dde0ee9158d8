package dev.warren.bootstrap.lifecycle;

import dev.warren.adapters.grpc.TlsIdentity;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Renews a node's certificate at its renewal point and installs it in the running API server,
 * without a restart; then waits for the next renewal point. A failed renewal is logged (serials and
 * times only, never key material) and retried after 30 s, doubling up to an hour.
 *
 * <p>Threading: one daemon thread runs renewals; {@link #renewNow} and the scheduled task are
 * serialized; {@link #close} is idempotent.
 */
final class CertificateRenewal implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(CertificateRenewal.class.getName());
  static final Duration FIRST_RETRY = Duration.ofSeconds(30);
  static final Duration LONGEST_RETRY = Duration.ofHours(1);

  private final Supplier<NodeCertificate.Current> issue;
  private final Consumer<TlsIdentity> install;
  private final InstantSource clock;
  private final ScheduledExecutorService scheduler;
  private ScheduledFuture<?> next;
  private Duration retry = FIRST_RETRY;
  private boolean closed;

  CertificateRenewal(
      NodeCertificate certificate, Consumer<TlsIdentity> install, InstantSource clock) {
    this(Objects.requireNonNull(certificate, "certificate")::issue, install, clock);
  }

  /**
   * Renews with {@code issue}, which obtains and stores a new certificate: a standalone worker asks
   * a manager for it, where a manager issues its own.
   */
  CertificateRenewal(
      Supplier<NodeCertificate.Current> issue, Consumer<TlsIdentity> install, InstantSource clock) {
    this.issue = Objects.requireNonNull(issue, "issue");
    this.install = Objects.requireNonNull(install, "install");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.scheduler =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "warren-certificate-renewal");
              thread.setDaemon(true);
              return thread;
            });
  }

  /** Schedules the renewal of {@code current} at its renewal point. */
  synchronized void start(NodeCertificate.Current current) {
    scheduleAt(current.renewAt());
  }

  /**
   * Renews now (whatever the schedule says), installs the new certificate and schedules its own
   * renewal.
   *
   * @return the certificate now in force
   * @throws RuntimeException whatever issuing or installing throws; the schedule is then unchanged
   */
  synchronized NodeCertificate.Current renewNow() {
    NodeCertificate.Current renewed = issue.get();
    install.accept(renewed.identity());
    retry = FIRST_RETRY;
    LOG.log(
        Level.INFO,
        "renewed the node certificate: serial {0}, valid until {1}, next renewal at {2}",
        renewed.serialHex(),
        renewed.notAfter(),
        renewed.renewAt());
    scheduleAt(renewed.renewAt());
    return renewed;
  }

  private synchronized void renewScheduled() {
    if (closed) {
      return;
    }
    try {
      renewNow();
    } catch (RuntimeException failure) {
      Duration wait = retry;
      retry =
          retry.multipliedBy(2).compareTo(LONGEST_RETRY) > 0
              ? LONGEST_RETRY
              : retry.multipliedBy(2);
      // The message names the failure's type and text only: no PEM or key reaches the log.
      LOG.log(
          Level.WARNING,
          "cannot renew the node certificate ({0}: {1}); retrying in {2}",
          failure.getClass().getSimpleName(),
          failure.getMessage(),
          wait);
      scheduleAt(clock.instant().plus(wait));
    }
  }

  private void scheduleAt(Instant when) {
    if (closed) {
      return;
    }
    if (next != null) {
      next.cancel(false);
    }
    long delay = Math.max(0, Duration.between(clock.instant(), when).toMillis());
    next = scheduler.schedule(this::renewScheduled, delay, TimeUnit.MILLISECONDS);
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (next != null) {
      next.cancel(false);
    }
    scheduler.shutdownNow();
  }
}
