package dev.warren.application.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.application.Fixture;
import dev.warren.application.replication.StateQueries;
import dev.warren.domain.change.ServiceChange;
import dev.warren.domain.error.AlreadyExistsException;
import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.error.NotFoundException;
import dev.warren.domain.error.VersionConflictException;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.service.ServiceId;
import dev.warren.domain.model.service.ServiceSpec;
import dev.warren.domain.port.in.CreateServiceRequest;
import dev.warren.domain.port.in.DeleteServiceRequest;
import dev.warren.domain.port.in.GetServiceRequest;
import dev.warren.domain.port.in.ListServicesRequest;
import dev.warren.domain.port.in.ReadConsistency;
import dev.warren.domain.port.in.ServiceRef;
import dev.warren.domain.port.in.UpdateServiceRequest;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServiceHandlersTest {
  private final Fixture fixture = new Fixture();
  private final CreateServiceHandler create =
      new CreateServiceHandler(fixture.state, fixture.log, fixture.clock);
  private final GetServiceHandler get =
      new GetServiceHandler(new StateQueries(fixture.state, fixture.log));
  private final ListServicesHandler list =
      new ListServicesHandler(new StateQueries(fixture.state, fixture.log));
  private final UpdateServiceHandler update =
      new UpdateServiceHandler(fixture.state, fixture.log, fixture.clock);
  private final DeleteServiceHandler delete = new DeleteServiceHandler(fixture.state, fixture.log);

  private Service createWeb() {
    return create.create(new CreateServiceRequest(ServiceSpec.of("web", "nginx:1.27", 3)));
  }

  private Service read(String idOrName) {
    return get.get(new GetServiceRequest(ServiceRef.parse(idOrName), ReadConsistency.LINEARIZABLE));
  }

  private static UpdateServiceRequest scale(ServiceId id, int replicas) {
    return new UpdateServiceRequest(
        id, Optional.of(replicas), Optional.empty(), Optional.empty(), Optional.empty());
  }

  @Test
  void createdServiceIsReadableByIdAndByName() {
    Service created = createWeb();

    assertThat(created.version().value()).isEqualTo(1);
    assertThat(created.createdAt()).isEqualTo(Fixture.T0);
    assertThat(read(created.id().value())).isEqualTo(created);
    assertThat(read("web")).isEqualTo(created);
  }

  @Test
  void duplicateNameIsRefusedBeforeAnythingIsProposed() {
    createWeb();

    assertThatThrownBy(this::createWeb)
        .isInstanceOf(AlreadyExistsException.class)
        .hasMessage("service already exists: web");
    assertThat(fixture.log.proposed()).hasSize(1);
  }

  @Test
  void unknownServiceIsNotFoundByIdOrName() {
    assertThatThrownBy(() -> read("ghost"))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("service not found: ghost");
    assertThatThrownBy(() -> read("5f0c6f5e-0000-4000-8000-000000000000"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void listIsOrderedByName() {
    create.create(new CreateServiceRequest(ServiceSpec.of("zeta", "redis", 1)));
    create.create(new CreateServiceRequest(ServiceSpec.of("alpha", "redis", 1)));

    assertThat(list.list(new ListServicesRequest(ReadConsistency.LINEARIZABLE)))
        .extracting(Service::name)
        .containsExactly("alpha", "zeta");
  }

  @Test
  void scalingKeepsThePreviousSpecForRollback() {
    Service created = createWeb();
    fixture.clock.advance(Duration.ofSeconds(5));

    Service scaled = update.update(scale(created.id(), 0));

    assertThat(scaled.spec().replicas()).isZero();
    assertThat(scaled.previousSpec()).contains(created.spec());
    assertThat(scaled.version().value()).isEqualTo(2);
    assertThat(scaled.updatedAt()).isEqualTo(Fixture.T0.plusSeconds(5));
    assertThat(read("web")).isEqualTo(scaled);
  }

  @Test
  void updateChangesImageAndEnvTogether() {
    Service created = createWeb();

    Service updated =
        update.update(
            new UpdateServiceRequest(
                created.id(),
                Optional.empty(),
                Optional.of("nginx:1.28"),
                Optional.of(Map.of("MODE", "blue")),
                Optional.empty()));

    assertThat(updated.spec().image()).isEqualTo("nginx:1.28");
    assertThat(updated.spec().env()).containsEntry("MODE", "blue");
    assertThat(updated.spec().replicas()).isEqualTo(3);
  }

  @Test
  void anUpdateThatChangesNothingProposesNothing() {
    Service created = createWeb();

    Service same = update.update(scale(created.id(), 3));

    assertThat(same).isEqualTo(created);
    assertThat(fixture.log.proposed()).hasSize(1);
  }

  @Test
  void invalidReplicaCountIsRefusedAndNothingIsWritten() {
    Service created = createWeb();

    assertThatThrownBy(() -> update.update(scale(created.id(), -1)))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("replicas");
    assertThat(read("web")).isEqualTo(created);
  }

  @Test
  void staleExpectedVersionIsAConflict() {
    Service created = createWeb();
    update.update(scale(created.id(), 4));

    assertThatThrownBy(
            () ->
                update.update(
                    new UpdateServiceRequest(
                        created.id(),
                        Optional.of(5),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(1L))))
        .isInstanceOf(VersionConflictException.class)
        .hasMessageContaining("version 2");
  }

  @Test
  void deleteRemovesTheServiceAndUnknownIdsAreNotFound() {
    Service created = createWeb();

    delete.delete(new DeleteServiceRequest(created.id()));

    assertThatThrownBy(() -> read("web")).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> delete.delete(new DeleteServiceRequest(created.id())))
        .isInstanceOf(NotFoundException.class);
    assertThat(fixture.log.proposed()).last().isInstanceOf(ServiceChange.ServiceDeleted.class);
  }

  @Test
  void theNameIsFreeAgainAfterDelete() {
    delete.delete(new DeleteServiceRequest(createWeb().id()));

    assertThat(createWeb().name()).isEqualTo("web");
  }
}
