package dev.warren.application.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.error.NotFoundException;
import dev.warren.domain.model.cluster.ClusterId;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.security.Caller;
import dev.warren.domain.model.security.Identity;
import dev.warren.domain.model.security.Role;
import dev.warren.domain.model.service.PortMapping;
import dev.warren.domain.model.service.Protocol;
import dev.warren.domain.model.service.PublishMode;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.service.ServiceSpec;
import dev.warren.domain.model.service.VolumeMount;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.model.volume.Volume;
import dev.warren.domain.port.in.ReadSecretUseCase;
import dev.warren.domain.port.out.ContainerLaunch;
import dev.warren.domain.port.out.VolumeBinding;
import dev.warren.testkit.SampleEntities;
import dev.warren.testkit.SampleTasks;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a worker hands its runtime: volumes provisioned, published ports checked free. */
class ContainerLaunchesTest {
  private static final Caller NODE =
      new Caller.Certified(
          new Identity(
              "node-1", ClusterId.of("6f1c2a7e-0000-4000-8000-000000000001"), Role.WORKER));
  private static final ReadSecretUseCase NO_SECRETS =
      (caller, request) -> {
        throw new NotFoundException("no secret " + request.name());
      };
  private static final PortMapping HTTP =
      new PortMapping("http", 80, 8081, Protocol.TCP, PublishMode.HOST);
  private static final PortMapping INTERNAL =
      new PortMapping("admin", 9000, 0, Protocol.TCP, PublishMode.HOST);

  private final List<List<PortMapping>> portChecks = new ArrayList<>();
  private final List<String> provisioned = new ArrayList<>();

  private static Service webPublishing(List<PortMapping> ports) {
    ServiceSpec base =
        SampleEntities.service("s1", "web")
            .spec()
            .withVolumes(List.of(new VolumeMount("data", "/var/data", false)));
    ServiceSpec spec =
        new ServiceSpec(
            base.name(),
            base.image(),
            base.replicas(),
            base.mode(),
            base.deployStrategy(),
            base.updateConfig(),
            base.healthCheck(),
            base.restartPolicy(),
            base.resources(),
            base.networks(),
            base.volumes(),
            base.env(),
            base.command(),
            ports,
            base.stopTimeoutSeconds());
    return Service.create(SampleEntities.service("s1", "web").id(), spec, SampleEntities.T0);
  }

  private ContainerLaunches launches(Service service, boolean volumeExists, boolean portsFree) {
    return ContainerLaunches.resolving(
        NODE,
        NO_SECRETS,
        request -> {
          if (!volumeExists) {
            throw new NotFoundException("no volume " + request.name());
          }
          return SampleEntities.volume("v1", request.name());
        },
        (Volume volume) -> {
          provisioned.add(volume.name());
          return "/srv/warren/worker/volumes/" + volume.name();
        },
        request -> service,
        ports -> {
          portChecks.add(ports);
          if (!portsFree) {
            throw new FailedPreconditionException("host port 8081/tcp is already in use");
          }
        });
  }

  private static Task replicaOf(Service service) {
    return SampleTasks.placed("t1", service, 0, NodeId.of("node-1"), SampleEntities.T0);
  }

  @Test
  void volumesAreProvisionedAndOnlyPublishedPortsAreCheckedAndCarried() {
    Service web = webPublishing(List.of(HTTP, INTERNAL));

    ContainerLaunch launch = launches(web, true, true).resolve(replicaOf(web));

    assertThat(provisioned).containsExactly("data");
    assertThat(launch.volumes())
        .containsExactly(
            new VolumeBinding("data", "/srv/warren/worker/volumes/data", "/var/data", false));
    assertThat(portChecks).containsExactly(List.of(HTTP));
    assertThat(launch.ports()).containsExactly(HTTP);
  }

  @Test
  void aDeletedVolumeFailsTheContainerSayingWhatToDo() {
    Service web = webPublishing(List.of());

    assertThatThrownBy(() -> launches(web, false, true).resolve(replicaOf(web)))
        .isInstanceOf(FailedPreconditionException.class)
        .hasMessage(
            "volume data used by service web does not exist; create it with 'warren volume"
                + " create data' or remove it from the service");
    assertThat(provisioned).isEmpty();
  }

  @Test
  void aDeletedSecretFailsTheContainerSayingWhatToDoAndProvisionsNothing() {
    Service web = webPublishing(List.of());
    Task usingSecret = SampleTasks.withSecrets(replicaOf(web), List.of("db-password"));

    assertThatThrownBy(() -> launches(web, true, true).resolve(usingSecret))
        .isInstanceOf(FailedPreconditionException.class)
        .hasMessage(
            "secret db-password used by service web does not exist; create it with 'warren secret"
                + " create db-password' or remove it from the service");
    assertThat(provisioned).isEmpty();
  }

  @Test
  void aPortInUseFailsBeforeAnythingIsProvisioned() {
    Service web = webPublishing(List.of(HTTP));

    assertThatThrownBy(() -> launches(web, true, false).resolve(replicaOf(web)))
        .isInstanceOf(FailedPreconditionException.class)
        .hasMessageContaining("8081/tcp is already in use");
    assertThat(provisioned).isEmpty();
  }

  @Test
  void aServiceAlreadyGonePublishesNothing() {
    Service web = webPublishing(List.of(HTTP));
    ContainerLaunches gone =
        ContainerLaunches.resolving(
            NODE,
            NO_SECRETS,
            request -> SampleEntities.volume("v1", request.name()),
            volume -> "/v/" + volume.name(),
            request -> {
              throw new NotFoundException("no service");
            },
            portChecks::add);

    assertThat(gone.resolve(replicaOf(web)).ports()).isEmpty();
    assertThat(portChecks).containsExactly(List.of());
  }
}
