package dev.warren.application;

import dev.warren.application.replication.Futures;
import dev.warren.domain.change.NodeChange.NodeRegistered;
import dev.warren.domain.change.ServiceChange.ServiceCreated;
import dev.warren.domain.change.StateChange;
import dev.warren.domain.change.TaskChange.TasksCreated;
import dev.warren.domain.model.node.Node;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.service.ServiceId;
import dev.warren.domain.model.service.ServiceSpec;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.model.task.TaskId;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.testkit.SampleEntities;
import dev.warren.testkit.SampleTasks;
import java.util.List;

/** Puts nodes, services and tasks into a fixture's state through its log, as a manager would. */
public final class Seed {
  private final Fixture fixture;

  public Seed(Fixture fixture) {
    this.fixture = fixture;
  }

  public long propose(StateChange change) {
    return Futures.await(fixture.log.propose(change), "test change");
  }

  public Node node(String id) {
    Node node = SampleEntities.node(id);
    propose(new NodeRegistered(node));
    return node;
  }

  public Service service(String name) {
    Service service =
        Service.create(ServiceId.random(), ServiceSpec.of(name, "nginx:1", 1), Fixture.T0);
    propose(new ServiceCreated(service));
    return service;
  }

  /**
   * A pending task of {@code service} in {@code slot} on {@code node}, created in its own change.
   */
  public Task task(String id, Service service, int slot, String node) {
    Task task = SampleTasks.placed(id, service, slot, NodeId.of(node), Fixture.T0);
    propose(new TasksCreated(List.of(task)));
    return task;
  }

  public Task stored(String taskId) {
    return fixture
        .state
        .read(reader -> reader.get(EntityKind.TASK, TaskId.of(taskId).value()))
        .orElseThrow();
  }

  public Node storedNode(String nodeId) {
    return fixture.state.read(reader -> reader.get(EntityKind.NODE, nodeId)).orElseThrow();
  }
}
