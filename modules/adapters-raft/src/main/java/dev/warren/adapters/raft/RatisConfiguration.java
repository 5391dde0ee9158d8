package dev.warren.adapters.raft;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.ratis.client.RaftClientConfigKeys;
import org.apache.ratis.conf.Parameters;
import org.apache.ratis.conf.RaftProperties;
import org.apache.ratis.grpc.GrpcConfigKeys;
import org.apache.ratis.grpc.GrpcTlsConfig;
import org.apache.ratis.protocol.exceptions.ReconfigurationInProgressException;
import org.apache.ratis.protocol.exceptions.ReconfigurationTimeoutException;
import org.apache.ratis.protocol.exceptions.SetConfigurationException;
import org.apache.ratis.retry.ExceptionDependentRetry;
import org.apache.ratis.retry.ExponentialBackoffRetry;
import org.apache.ratis.retry.RetryPolicies;
import org.apache.ratis.retry.RetryPolicy;
import org.apache.ratis.server.RaftServerConfigKeys;
import org.apache.ratis.thirdparty.io.netty.handler.ssl.SslProvider;
import org.apache.ratis.util.SizeInBytes;
import org.apache.ratis.util.TimeDuration;

/** Ratis settings of the server and the embedded client, in one place. */
final class RatisConfiguration {
  /** The first election of a fresh process need not wait a full election timeout. */
  private static final Duration FIRST_ELECTION_MIN = Duration.ofMillis(100);

  private static final Duration FIRST_ELECTION_MAX = Duration.ofMillis(300);
  private static final long PURGE_GAP_MAX = 1024;
  private static final int SNAPSHOTS_RETAINED = 2;
  private static final String TLS_PROTOCOL = "TLSv1.3";

  /** Proposals in flight per client before {@code propose} blocks its caller. */
  static final int OUTSTANDING_PROPOSALS_MAX = 512;

  /**
   * The Raft log's buffer for writing entries (Ratis' default size, set here because the entry
   * limit depends on it). It is direct memory allocated once per log, so raising it costs resident
   * memory on every manager.
   */
  private static final int LOG_WRITE_BUFFER_BYTES = 8 * 1024 * 1024;

  /**
   * The largest serialized log entry: all of the write buffer but its frame (a length and a
   * checksum). Ratis' default is 4 MB, too small for a scheduler decision that places about 8,000
   * replicas at once; one entry over the limit fails and deposes the leader.
   */
  static final int ENTRY_BYTES_MAX = LOG_WRITE_BUFFER_BYTES - 8;

  /**
   * The largest encoded change {@code propose} accepts: the entry limit less room for the entry's
   * header (term, index, client and call ids), which is a few dozen bytes.
   */
  static final int CHANGE_BYTES_MAX = ENTRY_BYTES_MAX - 1024;

  private RatisConfiguration() {}

  static RaftProperties server(RaftSettings settings, int port) {
    var properties = new RaftProperties();
    // Ratis defaults both to /tmp.
    RaftServerConfigKeys.setStorageDir(properties, List.of(settings.directory().toFile()));
    RaftServerConfigKeys.setRemovedGroupsDir(
        properties, settings.directory().resolve("removed-groups").toFile());
    GrpcConfigKeys.Server.setHost(properties, settings.host());
    GrpcConfigKeys.Server.setPort(properties, port);

    RaftServerConfigKeys.Rpc.setTimeoutMin(properties, duration(settings.electionTimeoutMin()));
    RaftServerConfigKeys.Rpc.setTimeoutMax(properties, duration(settings.electionTimeoutMax()));
    // A one-node group elects itself in a fraction of a second. In a larger group pre-vote (on by
    // default) keeps a restarting member's early election from disturbing a live leader.
    RaftServerConfigKeys.Rpc.setFirstElectionTimeoutMin(
        properties, duration(min(settings.electionTimeoutMin(), FIRST_ELECTION_MIN)));
    RaftServerConfigKeys.Rpc.setFirstElectionTimeoutMax(
        properties, duration(min(settings.electionTimeoutMax(), FIRST_ELECTION_MAX)));

    RaftServerConfigKeys.Read.setOption(properties, RaftServerConfigKeys.Read.Option.LINEARIZABLE);

    // An acknowledged write is on disk: the flush index only moves after a real fsync.
    RaftServerConfigKeys.Log.setUnsafeFlushEnabled(properties, false);
    RaftServerConfigKeys.Log.setAsyncFlushEnabled(properties, false);
    RaftServerConfigKeys.Log.setSegmentSizeMax(properties, SizeInBytes.valueOf("64MB"));
    RaftServerConfigKeys.Log.setWriteBufferSize(
        properties, SizeInBytes.valueOf(LOG_WRITE_BUFFER_BYTES));
    // Bounds both one entry and one batch of entries sent to a follower.
    RaftServerConfigKeys.Log.Appender.setBufferByteLimit(
        properties, SizeInBytes.valueOf(ENTRY_BYTES_MAX));
    // Otherwise the leader appends a metadata entry each time the commit index moves: about one
    // more fsync per proposal under load, only to help recover the commit index after a majority is
    // lost (ratis-notes §5; that needs an operator anyway). Ozone turns it off too.
    RaftServerConfigKeys.Log.setLogMetadataEnabled(properties, false);
    // After each snapshot Ratis deletes the closed log segments up to the lowest of the snapshot
    // index and every member's commit index (purge-upto-snapshot-index stays false), so a member
    // that is only briefly behind is sent entries, not the whole snapshot; the open segment (up to
    // 64 MB, or until the term changes) is never purged.
    RaftServerConfigKeys.Log.setPurgeGap(
        properties, (int) Math.min(PURGE_GAP_MAX, settings.snapshotThreshold()));

    // Trigger-when-stop only works with auto-trigger on.
    RaftServerConfigKeys.Snapshot.setAutoTriggerEnabled(properties, true);
    RaftServerConfigKeys.Snapshot.setAutoTriggerThreshold(properties, settings.snapshotThreshold());
    RaftServerConfigKeys.Snapshot.setTriggerWhenStopEnabled(properties, true);
    // Ratis keeps every snapshot file unless told otherwise.
    RaftServerConfigKeys.Snapshot.setRetentionFileNum(properties, SNAPSHOTS_RETAINED);
    return properties;
  }

  /**
   * The one TLS configuration of the server port (server, client and admin services share it) and
   * of every Raft client: TLS 1.3, client certificates required, only the cluster CA trusted. The
   * JDK provider, since the image carries no netty-tcnative.
   */
  static Parameters tls(RaftTls tls) {
    GrpcTlsConfig conf =
        GrpcTlsConfig.newBuilder()
            .setKeyManager(tls.keyManager())
            .setTrustManager(tls.trustManager())
            .setMutualTls(true)
            .setProtocols(TLS_PROTOCOL)
            .setSslProvider(SslProvider.JDK)
            .build();
    var parameters = new Parameters();
    GrpcConfigKeys.TLS.setConf(parameters, conf);
    return parameters;
  }

  static RaftProperties client() {
    var properties = new RaftProperties();
    RaftClientConfigKeys.Rpc.setRequestTimeout(
        properties, TimeDuration.valueOf(3, TimeUnit.SECONDS));
    RaftClientConfigKeys.Async.setOutstandingRequestsMax(properties, OUTSTANDING_PROPOSALS_MAX);
    return properties;
  }

  /**
   * Bounded: about 10 s of back-off in all (plus 3 s per attempt that times out), instead of Ratis'
   * default of retrying forever without sleeping. A known leader is retried at once.
   */
  static RetryPolicy retryPolicy() {
    return ExponentialBackoffRetry.newBuilder()
        .setBaseSleepTime(TimeDuration.valueOf(50, TimeUnit.MILLISECONDS))
        .setMaxSleepTime(TimeDuration.valueOf(1, TimeUnit.SECONDS))
        .setMaxAttempts(15)
        .build();
  }

  /**
   * {@link #retryPolicy()}, except that a membership change the leader refused or gave up on is
   * final: retrying it would stage a silent peer again and again for the whole back-off budget.
   * (The exception-dependent policy counts attempts per exception class, so it is kept to the
   * membership client.)
   */
  static RetryPolicy membershipRetryPolicy() {
    return ExceptionDependentRetry.newBuilder()
        .setDefaultPolicy(retryPolicy())
        .setExceptionToPolicy(ReconfigurationTimeoutException.class, RetryPolicies.noRetry())
        .setExceptionToPolicy(ReconfigurationInProgressException.class, RetryPolicies.noRetry())
        .setExceptionToPolicy(SetConfigurationException.class, RetryPolicies.noRetry())
        .setMaxAttempts(15)
        .build();
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static TimeDuration duration(Duration duration) {
    return TimeDuration.valueOf(duration.toMillis(), TimeUnit.MILLISECONDS);
  }
}
