package dev.warren.bootstrap.lifecycle;

import dev.warren.domain.model.node.Node;
import dev.warren.domain.model.security.Caller;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.model.volume.Volume;
import dev.warren.domain.port.in.ContainerUseCases;
import dev.warren.domain.port.in.ContainerWatch;
import dev.warren.domain.port.in.GetSecretByNameRequest;
import dev.warren.domain.port.in.GetServiceRequest;
import dev.warren.domain.port.in.GetVolumeByNameRequest;
import dev.warren.domain.port.in.ListContainersRequest;
import dev.warren.domain.port.in.NodeUseCases;
import dev.warren.domain.port.in.RecordHeartbeatRequest;
import dev.warren.domain.port.in.RegisterNodeRequest;
import dev.warren.domain.port.in.ReportContainerHealthRequest;
import dev.warren.domain.port.in.SecretReading;
import dev.warren.domain.port.in.SecretUseCases;
import dev.warren.domain.port.in.ServiceUseCases;
import dev.warren.domain.port.in.UpdateContainerStatusRequest;
import dev.warren.domain.port.in.VolumeUseCases;
import dev.warren.domain.port.in.WatchContainersRequest;
import dev.warren.domain.port.in.WorkerAgentClient;
import java.util.List;

/** A manager's own use cases as its embedded worker reaches them: in-process calls. */
record InProcessWorkerClient(
    ContainerUseCases containers,
    NodeUseCases nodes,
    SecretUseCases secrets,
    VolumeUseCases volumes,
    ServiceUseCases services)
    implements WorkerAgentClient {

  @Override
  public Service get(GetServiceRequest request) {
    return services.get().get(request);
  }

  @Override
  public Node register(RegisterNodeRequest request) {
    return nodes.register().register(request);
  }

  @Override
  public void record(RecordHeartbeatRequest request) {
    nodes.heartbeat().record(request);
  }

  @Override
  public ContainerWatch watch(WatchContainersRequest request, Runnable wakeUp) {
    return containers.watch().watch(request, wakeUp);
  }

  @Override
  public List<Task> list(ListContainersRequest request) {
    return containers.list().list(request);
  }

  @Override
  public void update(UpdateContainerStatusRequest request) {
    containers.updateStatus().update(request);
  }

  @Override
  public void report(ReportContainerHealthRequest request) {
    containers.reportHealth().report(request);
  }

  @Override
  public SecretReading read(Caller caller, GetSecretByNameRequest request) {
    return secrets.read().read(caller, request);
  }

  @Override
  public Volume get(GetVolumeByNameRequest request) {
    return volumes.getByName().get(request);
  }
}
