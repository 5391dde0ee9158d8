package dev.warren.bootstrap.di;

import dev.warren.application.security.AuthorizeCallHandler;
import dev.warren.domain.port.in.AuthorizeCallUseCase;
import dagger.Module;
import dagger.Provides;
import dev.warren.application.cluster.GetClusterInfoHandler;
import dev.warren.application.cluster.InitializeClusterHandler;
import dev.warren.application.events.EventJournal;
import dev.warren.application.events.StreamEventsHandler;
import dev.warren.application.node.GetNodeHandler;
import dev.warren.application.node.HeartbeatTracker;
import dev.warren.application.node.ListNodesHandler;
import dev.warren.application.node.RecordHeartbeatHandler;
import dev.warren.application.node.RegisterNodeHandler;
import dev.warren.application.node.RemoveNodeHandler;
import dev.warren.application.replication.ApplyCommittedChangeHandler;
import dev.warren.application.secrets.CreateSecretHandler;
import dev.warren.application.secrets.DeleteSecretHandler;
import dev.warren.application.secrets.GetSecretByNameHandler;
import dev.warren.application.secrets.ListSecretsHandler;
import dev.warren.application.volumes.CreateVolumeHandler;
import dev.warren.application.volumes.DeleteVolumeHandler;
import dev.warren.application.volumes.GetVolumeByNameHandler;
import dev.warren.application.volumes.ListVolumesHandler;
import dev.warren.application.workload.CreateServiceHandler;
import dev.warren.application.workload.DeleteServiceHandler;
import dev.warren.application.workload.GetContainerHandler;
import dev.warren.application.workload.GetServiceHandler;
import dev.warren.application.workload.ListContainersHandler;
import dev.warren.application.workload.ListServicesHandler;
import dev.warren.application.workload.ReportContainerHealthHandler;
import dev.warren.application.workload.RollbackServiceHandler;
import dev.warren.application.workload.UpdateContainerStatusHandler;
import dev.warren.application.workload.UpdateServiceHandler;
import dev.warren.application.workload.UpdateServiceImageHandler;
import dev.warren.application.workload.WatchContainersHandler;
import dev.warren.domain.port.in.CreateSecretUseCase;
import dev.warren.application.ingress.CreateIngressHandler;
import dev.warren.application.ingress.UpdateIngressHandler;
import dev.warren.application.ingress.DeleteIngressHandler;
import dev.warren.application.ingress.GetIngressHandler;
import dev.warren.application.ingress.ListIngressesHandler;
import dev.warren.application.certificate.CreateTlsCertificateHandler;
import dev.warren.application.certificate.GetTlsCertificateHandler;
import dev.warren.application.certificate.ListTlsCertificatesHandler;
import dev.warren.application.certificate.DeleteTlsCertificateHandler;
import dev.warren.application.replication.StateQueries;
import dev.warren.application.security.JoinTokenVerifier;
import dev.warren.application.security.RequestCertificateHandler;
import dev.warren.domain.port.in.RequestCertificateUseCase;
import dev.warren.application.cluster.JoinClusterHandler;
import dev.warren.domain.port.in.JoinClusterUseCase;
import dev.warren.domain.port.out.CertificateAuthorityPort;
import dev.warren.application.cluster.GenerateJoinTokenHandler;
import dev.warren.domain.port.in.CreateIngressUseCase;
import dev.warren.domain.port.in.UpdateIngressUseCase;
import dev.warren.domain.port.in.DeleteIngressUseCase;
import dev.warren.domain.port.in.GetIngressUseCase;
import dev.warren.domain.port.in.ListIngressesUseCase;
import dev.warren.domain.port.in.CreateTlsCertificateUseCase;
import dev.warren.domain.port.in.ReadTlsCertificateUseCase;
import dev.warren.domain.port.in.ListTlsCertificatesUseCase;
import dev.warren.domain.port.in.DeleteTlsCertificateUseCase;
import dev.warren.domain.port.in.GenerateJoinTokenUseCase;
import dev.warren.domain.port.out.CertificateInspectorPort;
import dev.warren.domain.port.out.JoinTokenSecretPort;
import dev.warren.domain.port.out.SecretCipherPort;
import dev.warren.domain.port.in.CreateServiceUseCase;
import dev.warren.domain.port.in.CreateVolumeUseCase;
import dev.warren.domain.port.in.DeleteSecretUseCase;
import dev.warren.domain.port.in.DeleteServiceUseCase;
import dev.warren.domain.port.in.DeleteVolumeUseCase;
import dev.warren.domain.port.in.GetClusterInfoUseCase;
import dev.warren.domain.port.in.GetContainerUseCase;
import dev.warren.domain.port.in.GetNodeUseCase;
import dev.warren.domain.port.in.ReadSecretUseCase;
import dev.warren.domain.port.in.GetServiceUseCase;
import dev.warren.domain.port.in.GetVolumeByNameUseCase;
import dev.warren.domain.port.in.InitializeClusterUseCase;
import dev.warren.domain.port.in.ListContainersUseCase;
import dev.warren.domain.port.in.ListNodesUseCase;
import dev.warren.domain.port.in.ListSecretsUseCase;
import dev.warren.domain.port.in.ListServicesUseCase;
import dev.warren.domain.port.in.ListVolumesUseCase;
import dev.warren.domain.port.in.RecordHeartbeatUseCase;
import dev.warren.domain.port.in.RegisterNodeUseCase;
import dev.warren.domain.port.in.RemoveNodeUseCase;
import dev.warren.domain.port.in.ReportContainerHealthUseCase;
import dev.warren.domain.port.in.RollbackServiceUseCase;
import dev.warren.domain.port.in.StreamEventsUseCase;
import dev.warren.domain.port.in.UpdateContainerStatusUseCase;
import dev.warren.domain.port.in.UpdateServiceImageUseCase;
import dev.warren.domain.port.in.UpdateServiceUseCase;
import dev.warren.domain.port.in.WatchContainersUseCase;
import dev.warren.domain.port.out.CertificateAuthorityPort;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.ReplicatedLogPort;
import jakarta.inject.Singleton;
import java.time.InstantSource;

/** The application's handlers behind their use-case interfaces, and the clock they read. */
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

  @Provides
  static InitializeClusterUseCase initializeCluster(
      ClusterStatePort state,
      ReplicatedLogPort log,
      CertificateAuthorityPort ca,
      InstantSource clock) {
    return new InitializeClusterHandler(state, log, ca, clock);
  }

  @Provides
  static CreateServiceUseCase createService(
      ClusterStatePort state, ReplicatedLogPort log, InstantSource clock) {
    return new CreateServiceHandler(state, log, clock);
  }

  @Provides
  static GetServiceUseCase getService(ClusterStatePort state, ReplicatedLogPort log) {
    return new GetServiceHandler(state, log);
  }

  @Provides
  static ListServicesUseCase listServices(ClusterStatePort state, ReplicatedLogPort log) {
    return new ListServicesHandler(state, log);
  }

  @Provides
  static UpdateServiceUseCase updateService(
      ClusterStatePort state, ReplicatedLogPort log, InstantSource clock) {
    return new UpdateServiceHandler(state, log, clock);
  }

  @Provides
  static DeleteServiceUseCase deleteService(ClusterStatePort state, ReplicatedLogPort log) {
    return new DeleteServiceHandler(state, log);
  }

  @Provides
  static GetClusterInfoUseCase getClusterInfo(ClusterStatePort state, ReplicatedLogPort log) {
    return new GetClusterInfoHandler(state, log);
  }

  @Provides
  static UpdateServiceImageUseCase updateServiceImage(
      ClusterStatePort state, ReplicatedLogPort log, InstantSource clock) {
    return new UpdateServiceImageHandler(state, log, clock);
  }

  @Provides
  static RollbackServiceUseCase rollbackService(
      ClusterStatePort state, ReplicatedLogPort log, InstantSource clock) {
    return new RollbackServiceHandler(state, log, clock);
  }

  @Provides
  static CreateSecretUseCase createSecret(
      ClusterStatePort state, ReplicatedLogPort log, SecretCipherPort cipher, InstantSource clock) {
    return new CreateSecretHandler(state, log, cipher, clock);
  }

  @Provides
  static ReadSecretUseCase getSecretByName(
      ClusterStatePort state, ReplicatedLogPort log, SecretCipherPort cipher) {
    return new GetSecretByNameHandler(state, log, cipher);
  }

  @Provides
  static ListSecretsUseCase listSecrets(ClusterStatePort state, ReplicatedLogPort log) {
    return new ListSecretsHandler(state, log);
  }

  @Provides
  static DeleteSecretUseCase deleteSecret(ClusterStatePort state, ReplicatedLogPort log) {
    return new DeleteSecretHandler(state, log);
  }

  @Provides
  static CreateVolumeUseCase createVolume(
      ClusterStatePort state, ReplicatedLogPort log, InstantSource clock) {
    return new CreateVolumeHandler(state, log, clock);
  }

  @Provides
  static GetVolumeByNameUseCase getVolumeByName(ClusterStatePort state, ReplicatedLogPort log) {
    return new GetVolumeByNameHandler(state, log);
  }

  @Provides
  static ListVolumesUseCase listVolumes(ClusterStatePort state, ReplicatedLogPort log) {
    return new ListVolumesHandler(state, log);
  }

  @Provides
  static DeleteVolumeUseCase deleteVolume(ClusterStatePort state, ReplicatedLogPort log) {
    return new DeleteVolumeHandler(state, log);
  }

  /** One journal: the apply handler records and publishes into it, event streams read it. */
  @Provides
  @Singleton
  static EventJournal eventJournal() {
    return new EventJournal();
  }

  @Provides
  static StreamEventsUseCase streamEvents(ClusterStatePort state, EventJournal events) {
    return new StreamEventsHandler(state, events);
  }

  @Provides
  static CreateIngressUseCase createIngress(
      ClusterStatePort state, ReplicatedLogPort log, InstantSource clock) {
    return new CreateIngressHandler(state, log, clock);
  }

  @Provides
  static UpdateIngressUseCase updateIngress(
      ClusterStatePort state, ReplicatedLogPort log, InstantSource clock) {
    return new UpdateIngressHandler(state, log, clock);
  }

  @Provides
  static DeleteIngressUseCase deleteIngress(ClusterStatePort state, ReplicatedLogPort log) {
    return new DeleteIngressHandler(state, log);
  }

  @Provides
  static GetIngressUseCase getIngress(ClusterStatePort state, ReplicatedLogPort log) {
    return new GetIngressHandler(state, log);
  }

  @Provides
  static ListIngressesUseCase listIngresses(ClusterStatePort state, ReplicatedLogPort log) {
    return new ListIngressesHandler(state, log);
  }

  @Provides
  static CreateTlsCertificateUseCase createTlsCertificate(
      ClusterStatePort state,
      ReplicatedLogPort log,
      InstantSource clock,
      CertificateInspectorPort inspector,
      SecretCipherPort cipher) {
    return new CreateTlsCertificateHandler(state, log, clock, inspector, cipher);
  }

  @Provides
  static ReadTlsCertificateUseCase getTlsCertificate(
      ClusterStatePort state, ReplicatedLogPort log, SecretCipherPort cipher) {
    return new GetTlsCertificateHandler(state, log, cipher);
  }

  @Provides
  static ListTlsCertificatesUseCase listTlsCertificates(
      ClusterStatePort state, ReplicatedLogPort log) {
    return new ListTlsCertificatesHandler(state, log);
  }

  @Provides
  static DeleteTlsCertificateUseCase deleteTlsCertificate(
      ClusterStatePort state, ReplicatedLogPort log) {
    return new DeleteTlsCertificateHandler(state, log);
  }

  @Provides
  static GenerateJoinTokenUseCase generateJoinToken(
      ClusterStatePort state,
      ReplicatedLogPort log,
      InstantSource clock,
      JoinTokenSecretPort secrets) {
    return new GenerateJoinTokenHandler(state, log, clock, secrets);
  }

  /** One instance: the heartbeat handler writes it, the node reads consult it. */
  @Provides
  @Singleton
  static HeartbeatTracker heartbeatTracker() {
    return new HeartbeatTracker();
  }

  @Provides
  static RegisterNodeUseCase registerNode(
      ClusterStatePort state, ReplicatedLogPort log, InstantSource clock, HeartbeatTracker beats) {
    return new RegisterNodeHandler(state, log, clock, beats);
  }

  @Provides
  static RecordHeartbeatUseCase recordHeartbeat(
      ClusterStatePort state, ReplicatedLogPort log, InstantSource clock, HeartbeatTracker beats) {
    return new RecordHeartbeatHandler(state, log, clock, beats);
  }

  @Provides
  static ListNodesUseCase listNodes(
      ClusterStatePort state, ReplicatedLogPort log, HeartbeatTracker beats) {
    return new ListNodesHandler(state, log, beats);
  }

  @Provides
  static GetNodeUseCase getNode(
      ClusterStatePort state, ReplicatedLogPort log, HeartbeatTracker beats) {
    return new GetNodeHandler(state, log, beats);
  }

  @Provides
  static RemoveNodeUseCase removeNode(
      ClusterStatePort state, ReplicatedLogPort log, HeartbeatTracker beats) {
    return new RemoveNodeHandler(state, log, beats);
  }

  @Provides
  static UpdateContainerStatusUseCase updateContainerStatus(
      ClusterStatePort state, ReplicatedLogPort log, InstantSource clock) {
    return new UpdateContainerStatusHandler(state, log, clock);
  }

  @Provides
  static ListContainersUseCase listContainers(ClusterStatePort state, ReplicatedLogPort log) {
    return new ListContainersHandler(state, log);
  }

  @Provides
  static GetContainerUseCase getContainer(ClusterStatePort state, ReplicatedLogPort log) {
    return new GetContainerHandler(state, log);
  }

  @Provides
  static ReportContainerHealthUseCase reportContainerHealth(
      ClusterStatePort state, ReplicatedLogPort log) {
    return new ReportContainerHealthHandler(state, log);
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

  @Provides
  static WatchContainersUseCase watchContainers(WatchContainersHandler watches) {
    return watches;
  }

  @Provides
  static JoinTokenVerifier joinTokenVerifier(JoinTokenSecretPort secrets, InstantSource clock) {
    return new JoinTokenVerifier(secrets, clock);
  }

  @Provides
  static RequestCertificateUseCase requestCertificate(
      ClusterStatePort state,
      ReplicatedLogPort log,
      CertificateAuthorityPort authority,
      JoinTokenVerifier verifier,
      InstantSource clock) {
    return new RequestCertificateHandler(
        new StateQueries(state, log), log, authority, verifier, clock);
  }

  @Provides
  static AuthorizeCallUseCase authorizeCall(ClusterStatePort state) {
    return new AuthorizeCallHandler(state);
  }

  @Provides
  static JoinClusterUseCase joinCluster(
      ClusterStatePort state,
      ReplicatedLogPort log,
      JoinTokenVerifier verifier,
      GetClusterInfoUseCase clusterInfo) {
    return new JoinClusterHandler(new StateQueries(state, log), log, verifier, clusterInfo);
  }
}
