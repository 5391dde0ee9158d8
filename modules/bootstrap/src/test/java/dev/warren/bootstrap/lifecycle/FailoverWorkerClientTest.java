package dev.warren.bootstrap.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.domain.error.NotFoundException;
import dev.warren.domain.error.UnavailableException;
import dev.warren.domain.model.node.Node;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.security.Caller;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.model.volume.Volume;
import dev.warren.domain.port.in.ContainerWatch;
import dev.warren.domain.port.in.GetSecretByNameRequest;
import dev.warren.domain.port.in.GetServiceRequest;
import dev.warren.domain.port.in.GetVolumeByNameRequest;
import dev.warren.domain.port.in.ListContainersRequest;
import dev.warren.domain.port.in.ReadConsistency;
import dev.warren.domain.port.in.RecordHeartbeatRequest;
import dev.warren.domain.port.in.RegisterNodeRequest;
import dev.warren.domain.port.in.ReportContainerHealthRequest;
import dev.warren.domain.port.in.SecretReading;
import dev.warren.domain.port.in.UpdateContainerStatusRequest;
import dev.warren.domain.port.in.WatchContainersRequest;
import dev.warren.domain.port.in.WorkerAgentClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FailoverWorkerClientTest {
  private static final ListContainersRequest MINE =
      new ListContainersRequest(
          Optional.empty(), Optional.of(NodeId.of("worker-1")), ReadConsistency.LOCAL);

  /** A manager that lists nothing, or refuses every call as unreachable; records its calls. */
  private static final class Manager implements WorkerAgentClient {
    final String name;
    boolean away;
    final List<String> calls = new ArrayList<>();

    Manager(String name, boolean away) {
      this.name = name;
      this.away = away;
    }

    @Override
    public List<Task> list(ListContainersRequest request) {
      calls.add("list");
      if (away) {
        throw new UnavailableException("cannot reach a manager at " + name);
      }
      return List.of();
    }

    @Override
    public Node register(RegisterNodeRequest request) {
      throw new NotFoundException("not used");
    }

    @Override
    public void record(RecordHeartbeatRequest request) {
      throw new NotFoundException("not known here");
    }

    @Override
    public ContainerWatch watch(WatchContainersRequest request, Runnable wakeUp) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void update(UpdateContainerStatusRequest request) {}

    @Override
    public void report(ReportContainerHealthRequest request) {}

    @Override
    public SecretReading read(Caller caller, GetSecretByNameRequest request) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Volume get(GetVolumeByNameRequest request) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Service get(GetServiceRequest request) {
      throw new UnsupportedOperationException();
    }
  }

  @Test
  void anUnreachableManagerMovesTheWorkerToTheNextOneAndTheFailureStillReachesTheLoop() {
    var first = new Manager("m1", true);
    var second = new Manager("m2", false);
    var client = new FailoverWorkerClient(List.of(first, second));

    assertThatThrownBy(() -> client.list(MINE)).isInstanceOf(UnavailableException.class);
    assertThat(client.currentManager()).isEqualTo(1);
    assertThat(client.list(MINE)).isEmpty();
    assertThat(first.calls).hasSize(1);
    assertThat(second.calls).hasSize(1);
  }

  @Test
  void afterTheLastManagerTheFirstIsTriedAgain() {
    var first = new Manager("m1", false);
    var second = new Manager("m2", true);
    var client = new FailoverWorkerClient(List.of(second, first));
    assertThatThrownBy(() -> client.list(MINE)).isInstanceOf(UnavailableException.class);
    first.away = true;
    assertThatThrownBy(() -> client.list(MINE)).isInstanceOf(UnavailableException.class);
    assertThat(client.currentManager()).as("wrapped around").isZero();
  }

  @Test
  void aRefusalThatIsNotUnavailabilityKeepsTheManager() {
    var client =
        new FailoverWorkerClient(List.of(new Manager("m1", false), new Manager("m2", false)));
    assertThatThrownBy(
            () ->
                client.record(
                    new RecordHeartbeatRequest(NodeId.of("worker-1"), Optional.empty(), List.of())))
        .isInstanceOf(NotFoundException.class);
    assertThat(client.currentManager()).isZero();
  }
}
