package dev.warren.bootstrap.di;

import dagger.Module;
import dagger.Provides;
import dev.warren.application.certificate.CreateTlsCertificateHandler;
import dev.warren.application.certificate.DeleteTlsCertificateHandler;
import dev.warren.application.certificate.ListTlsCertificatesHandler;
import dev.warren.application.certificate.ReadTlsCertificateHandler;
import dev.warren.application.cluster.GenerateJoinTokenHandler;
import dev.warren.application.cluster.GetClusterInfoHandler;
import dev.warren.application.cluster.InitializeClusterHandler;
import dev.warren.application.cluster.JoinClusterHandler;
import dev.warren.application.cluster.ShareClusterKeysHandler;
import dev.warren.application.events.EventJournal;
import dev.warren.application.events.StreamEventsHandler;
import dev.warren.application.ingress.CreateIngressHandler;
import dev.warren.application.ingress.DeleteIngressHandler;
import dev.warren.application.ingress.GetIngressHandler;
import dev.warren.application.ingress.ListIngressesHandler;
import dev.warren.application.ingress.UpdateIngressHandler;
import dev.warren.application.logs.StreamContainerLogsHandler;
import dev.warren.application.node.GetNodeHandler;
import dev.warren.application.node.HeartbeatTracker;
import dev.warren.application.node.ListNodesHandler;
import dev.warren.application.node.RecordHeartbeatHandler;
import dev.warren.application.node.RegisterNodeHandler;
import dev.warren.application.node.RemoveNodeHandler;
import dev.warren.application.node.UpdateNodeHandler;
import dev.warren.application.replication.ApplyCommittedChangeHandler;
import dev.warren.application.replication.StateQueries;
import dev.warren.application.secret.CreateSecretHandler;
import dev.warren.application.secret.DeleteSecretHandler;
import dev.warren.application.secret.ListSecretsHandler;
import dev.warren.application.secret.ReadSecretHandler;
import dev.warren.application.security.AuthorizeCallHandler;
import dev.warren.application.security.JoinTokenVerifier;
import dev.warren.application.security.RequestCertificateHandler;
import dev.warren.application.volume.CreateVolumeHandler;
import dev.warren.application.volume.DeleteVolumeHandler;
import dev.warren.application.volume.GetVolumeByNameHandler;
import dev.warren.application.volume.ListVolumesHandler;
import dev.warren.application.workload.CreateServiceHandler;
import dev.warren.application.workload.DeleteServiceHandler;
import dev.warren.application.workload.GetContainerHandler;
import dev.warren.application.workload.GetRolloutHandler;
import dev.warren.application.workload.GetServiceHandler;
import dev.warren.application.workload.ListContainersHandler;
import dev.warren.application.workload.ListServicesHandler;
import dev.warren.application.workload.ReportContainerHealthHandler;
import dev.warren.application.workload.RollbackServiceHandler;
import dev.warren.application.workload.UpdateContainerStatusHandler;
import dev.warren.application.workload.UpdateServiceHandler;
import dev.warren.application.workload.UpdateServiceImageHandler;
import dev.warren.application.workload.WatchContainersHandler;
import dev.warren.application.workload.WatchRolloutHandler;
import dev.warren.bootstrap.backup.ManagerBackup;
import dev.warren.bootstrap.lifecycle.RoutedNodeLogsAdapter;
import dev.warren.cli.config.ManagerConfig;
import dev.warren.domain.port.in.AuthorizeCallUseCase;
import dev.warren.domain.port.in.ClusterUseCases;
import dev.warren.domain.port.in.ContainerUseCases;
import dev.warren.domain.port.in.IngressUseCases;
import dev.warren.domain.port.in.InitializeClusterUseCase;
import dev.warren.domain.port.in.NodeUseCases;
import dev.warren.domain.port.in.RolloutUseCases;
import dev.warren.domain.port.in.SecretUseCases;
import dev.warren.domain.port.in.ServiceUseCases;
import dev.warren.domain.port.in.ShareClusterKeysUseCase;
import dev.warren.domain.port.in.StreamContainerLogsUseCase;
import dev.warren.domain.port.in.StreamEventsUseCase;
import dev.warren.domain.port.in.TlsCertificateUseCases;
import dev.warren.domain.port.in.VolumeUseCases;
import dev.warren.domain.port.out.CertificateAuthorityPort;
import dev.warren.domain.port.out.CertificateInspectorPort;
import dev.warren.domain.port.out.ClusterKeysPort;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.JoinTokenSecretPort;
import dev.warren.domain.port.out.ReplicatedLogPort;
import dev.warren.domain.port.out.SecretCipherPort;
import jakarta.inject.Singleton;
import java.time.InstantSource;

/**
 * The application's handlers behind their use-case interfaces, built one resource group at a time
 * (the groups the API serves), and the clock they read.
 */
@Module
public interface UseCaseModule {

  @Provides
  static InstantSource clock() {
    return InstantSource.system();
  }

  /** One instance: the log drives it and listeners register on it. */
  @Provides
  @Singleton
  static ApplyCommittedChangeHandler applyCommittedChange(
      ClusterStatePort state, EventJournal events) {
    return new ApplyCommittedChangeHandler(state, events);
  }

  /** One journal: the apply handler records and publishes into it, event streams read it. */
  @Provides
  @Singleton
  static EventJournal eventJournal() {
    return new EventJournal();
  }

  /** One instance: the heartbeat handler writes it, the node reads consult it. */
  @Provides
  @Singleton
  static HeartbeatTracker heartbeatTracker() {
    return new HeartbeatTracker();
  }

  /** One instance, fed by every applied change. */
  @Provides
  @Singleton
  static WatchContainersHandler watchContainersHandler(
      ClusterStatePort state, ApplyCommittedChangeHandler apply) {
    var watches = new WatchContainersHandler(state, WatchContainersHandler.DEFAULT_BUFFER_CAPACITY);
    apply.onApplied(watches::onApplied);
    return watches;
  }

  /** One instance, fed by every applied change. */
  @Provides
  @Singleton
  static WatchRolloutHandler watchRolloutHandler(
      ClusterStatePort state, ApplyCommittedChangeHandler apply) {
    var watches = new WatchRolloutHandler(state);
    apply.onApplied(watches::onApplied);
    return watches;
  }

  @Provides
  static RolloutUseCases rollouts(StateQueries queries, WatchRolloutHandler watches) {
    return new RolloutUseCases(new GetRolloutHandler(queries), watches);
  }

  @Provides
  static InitializeClusterUseCase initializeCluster(
      ClusterStatePort state,
      ReplicatedLogPort log,
      CertificateAuthorityPort ca,
      InstantSource clock) {
    return new InitializeClusterHandler(state, log, ca, clock);
  }

  @Provides
  static AuthorizeCallUseCase authorizeCall(ClusterStatePort state) {
    return new AuthorizeCallHandler(state);
  }

  @Provides
  @Singleton
  static StreamContainerLogsUseCase containerLogs(
      ClusterStatePort state, RoutedNodeLogsAdapter nodes) {
    return new StreamContainerLogsHandler(state, nodes);
  }

  @Provides
  static StateQueries stateQueries(ClusterStatePort state, ReplicatedLogPort log) {
    return new StateQueries(state, log);
  }

  @Provides
  static ServiceUseCases services(
      ClusterStatePort state, ReplicatedLogPort log, InstantSource clock, StateQueries queries) {
    return new ServiceUseCases(
        new CreateServiceHandler(state, log, clock),
        new GetServiceHandler(queries),
        new ListServicesHandler(queries),
        new UpdateServiceHandler(state, log, clock),
        new DeleteServiceHandler(state, log),
        new UpdateServiceImageHandler(state, log, clock),
        new RollbackServiceHandler(state, log, clock));
  }

  @Provides
  static NodeUseCases nodes(
      ClusterStatePort state, ReplicatedLogPort log, InstantSource clock, HeartbeatTracker beats) {
    return new NodeUseCases(
        new RegisterNodeHandler(state, log, clock, beats),
        new RecordHeartbeatHandler(state, log, clock, beats),
        new ListNodesHandler(state, log, beats),
        new GetNodeHandler(state, log, beats),
        new RemoveNodeHandler(state, log, beats, clock),
        new UpdateNodeHandler(state, log));
  }

  @Provides
  static ContainerUseCases containers(
      ClusterStatePort state,
      ReplicatedLogPort log,
      InstantSource clock,
      WatchContainersHandler watches,
      StateQueries queries) {
    return new ContainerUseCases(
        new UpdateContainerStatusHandler(state, log, clock),
        new ListContainersHandler(queries),
        new GetContainerHandler(queries),
        watches,
        new ReportContainerHealthHandler(state, log));
  }

  @Provides
  static SecretUseCases secrets(
      ClusterStatePort state,
      ReplicatedLogPort log,
      SecretCipherPort cipher,
      InstantSource clock,
      StateQueries queries) {
    return new SecretUseCases(
        new CreateSecretHandler(state, log, cipher, clock),
        new ReadSecretHandler(state, log, cipher),
        new ListSecretsHandler(queries),
        new DeleteSecretHandler(state, log));
  }

  @Provides
  static VolumeUseCases volumes(
      ClusterStatePort state, ReplicatedLogPort log, InstantSource clock, StateQueries queries) {
    return new VolumeUseCases(
        new CreateVolumeHandler(state, log, clock),
        new GetVolumeByNameHandler(queries),
        new ListVolumesHandler(queries),
        new DeleteVolumeHandler(state, log));
  }

  @Provides
  static IngressUseCases ingresses(
      ClusterStatePort state, ReplicatedLogPort log, InstantSource clock, StateQueries queries) {
    return new IngressUseCases(
        new CreateIngressHandler(state, log, clock),
        new UpdateIngressHandler(state, log, clock),
        new DeleteIngressHandler(state, log),
        new GetIngressHandler(queries),
        new ListIngressesHandler(queries));
  }

  @Provides
  static TlsCertificateUseCases certificates(
      ClusterStatePort state,
      ReplicatedLogPort log,
      InstantSource clock,
      CertificateInspectorPort inspector,
      SecretCipherPort cipher,
      StateQueries queries) {
    return new TlsCertificateUseCases(
        new CreateTlsCertificateHandler(state, log, clock, inspector, cipher),
        new ReadTlsCertificateHandler(state, log, cipher),
        new ListTlsCertificatesHandler(queries),
        new DeleteTlsCertificateHandler(state, log));
  }

  @Provides
  static ClusterUseCases cluster(
      ClusterStatePort state,
      ReplicatedLogPort log,
      InstantSource clock,
      JoinTokenSecretPort secrets,
      CertificateAuthorityPort authority,
      StateQueries queries,
      ManagerConfig config) {
    var verifier = new JoinTokenVerifier(secrets, clock);
    var info = new GetClusterInfoHandler(state, log);
    return new ClusterUseCases(
        info,
        new GenerateJoinTokenHandler(state, log, clock, secrets),
        new JoinClusterHandler(queries, log, verifier, info),
        new RequestCertificateHandler(queries, log, authority, verifier, clock),
        new ManagerBackup(state, log, config));
  }

  @Provides
  static ShareClusterKeysUseCase shareClusterKeys(ClusterKeysPort keys) {
    return new ShareClusterKeysHandler(keys);
  }

  @Provides
  static StreamEventsUseCase streamEvents(ClusterStatePort state, EventJournal events) {
    return new StreamEventsHandler(state, events);
  }
}
