package dev.warren.bootstrap.di;

import dagger.Module;
import dagger.Provides;
import dev.warren.application.replication.ApplyCommittedChangeHandler;
import dev.warren.bootstrap.lifecycle.RunningLog;
import dev.warren.domain.port.out.ReplicatedLogPort;
import dev.warren.testkit.InMemoryReplicatedLogAdapter;
import jakarta.inject.Singleton;

/** A single-node log that applies every proposal at once, in the caller's thread. */
@Module
public interface InMemoryLogModule {

  @Provides
  @Singleton
  static RunningLog runningLog(ApplyCommittedChangeHandler apply) {
    return new RunningLog(new InMemoryReplicatedLogAdapter(apply), "in-memory");
  }

  @Provides
  static ReplicatedLogPort replicatedLog(RunningLog running) {
    return running.log();
  }
}
