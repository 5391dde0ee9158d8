package dev.warren.application.volume;

import static dev.warren.application.SeededManager.container;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.application.Fixture;
import dev.warren.application.NamedResourceHandlersContract;
import dev.warren.application.SeededManager;
import dev.warren.application.replication.StateQueries;
import dev.warren.application.workload.CreateServiceHandler;
import dev.warren.application.workload.DeleteServiceHandler;
import dev.warren.domain.change.VolumeChange.VolumeCreated;
import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.error.NotFoundException;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.service.ServiceSpec;
import dev.warren.domain.model.service.VolumeMount;
import dev.warren.domain.model.task.TaskState;
import dev.warren.domain.model.volume.Volume;
import dev.warren.domain.model.volume.VolumeId;
import dev.warren.domain.port.in.CreateServiceRequest;
import dev.warren.domain.port.in.CreateVolumeRequest;
import dev.warren.domain.port.in.DeleteServiceRequest;
import dev.warren.domain.port.in.DeleteVolumeRequest;
import dev.warren.domain.port.in.GetVolumeByNameRequest;
import dev.warren.domain.port.in.ListVolumesRequest;
import dev.warren.domain.port.in.ReadConsistency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VolumeHandlersTest extends NamedResourceHandlersContract<Volume, VolumeId> {
  private static final VolumeMount DATA_MOUNT = new VolumeMount("data", "/var/lib/data", false);

  @Override
  protected String noun() {
    return "volume";
  }

  @Override
  protected Volume create(String name) {
    return new CreateVolumeHandler(manager.state, manager.log, manager.clock)
        .create(new CreateVolumeRequest(name, "local", Map.of("size", "1g"), Map.of("team", "db")));
  }

  @Override
  protected Volume get(String name) {
    return new GetVolumeByNameHandler(new StateQueries(manager.state, manager.log))
        .get(new GetVolumeByNameRequest(name, ReadConsistency.LINEARIZABLE));
  }

  @Override
  protected void delete(VolumeId id) {
    new DeleteVolumeHandler(manager.state, manager.log).delete(new DeleteVolumeRequest(id));
  }

  @Override
  protected List<Volume> list() {
    return new ListVolumesHandler(new StateQueries(manager.state, manager.log))
        .list(new ListVolumesRequest(ReadConsistency.LINEARIZABLE));
  }

  @Override
  protected String nameOf(Volume volume) {
    return volume.name();
  }

  @Override
  protected VolumeId id(String value) {
    return VolumeId.of(value);
  }

  private Service createServiceMounting(VolumeMount mount) {
    var spec = ServiceSpec.of("web", "nginx:1", 1).withVolumes(List.of(mount));
    return new CreateServiceHandler(manager.state, manager.log, manager.clock)
        .create(new CreateServiceRequest(spec));
  }

  @Test
  void createdVolumeKeepsDriverOptionsAndLabelsAndIsReadableByName() {
    Volume created = create("data");

    assertThat(created.driver()).isEqualTo("local");
    assertThat(created.driverOpts()).isEqualTo(Map.of("size", "1g"));
    assertThat(created.labels()).isEqualTo(Map.of("team", "db"));
    assertThat(created.createdAt()).isEqualTo(Fixture.T0);
    assertThat(created.nodeId()).isEmpty();
    assertThat(created.mountPath()).isEmpty();
    assertThat(get("data")).isEqualTo(created);
    assertThat(manager.log.proposed()).containsExactly(new VolumeCreated(created));
  }

  @Test
  void deleteIsRefusedWhileAServiceMountsItAndAllowedOnceTheServiceIsGone() {
    Volume data = create("data");
    Service web = createServiceMounting(DATA_MOUNT);

    assertThatThrownBy(() -> delete(data.id()))
        .isInstanceOf(FailedPreconditionException.class)
        .hasMessage(
            "volume data is mounted by service web; remove the mount (or the service) first");
    assertThat(get("data")).isEqualTo(data);

    new DeleteServiceHandler(manager.state, manager.log).delete(new DeleteServiceRequest(web.id()));
    delete(data.id());

    assertThatThrownBy(() -> get("data")).isInstanceOf(NotFoundException.class);
  }

  @Test
  void deleteIsRefusedWhileAContainerThatHasNotEndedMountsIt() {
    manager =
        new SeededManager(
            container("c-1", "old-web", TaskState.STARTING, List.of(), List.of(DATA_MOUNT)));
    Volume data = create("data");

    assertThatThrownBy(() -> delete(data.id()))
        .isInstanceOf(FailedPreconditionException.class)
        .hasMessageStartingWith("volume data is mounted by service old-web;");
  }

  @Test
  void deleteIsAllowedWhenOnlyEndedContainersMountedIt() {
    manager =
        new SeededManager(
            container("c-1", "web", TaskState.COMPLETE, List.of(), List.of(DATA_MOUNT)),
            container("c-2", "web", TaskState.RUNNING, List.of(), List.of()));
    Volume data = create("data");

    delete(data.id());

    assertThatThrownBy(() -> get("data")).isInstanceOf(NotFoundException.class);
  }
}
