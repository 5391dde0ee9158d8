package dev.warren.adapters.grpc;

import dev.warren.adapters.grpc.client.GrpcEventStream;
import dev.warren.adapters.grpc.client.GrpcLogCall;
import dev.warren.adapters.grpc.interceptor.ReadConsistencyInterceptor;
import dev.warren.adapters.grpc.logs.proto.ContainerLogsGrpc;
import dev.warren.adapters.grpc.managers.proto.ManagersGrpc;
import dev.warren.adapters.grpc.managers.proto.ShareClusterKeysRequest;
import dev.warren.adapters.grpc.managers.proto.ShareClusterKeysResponse;
import dev.warren.adapters.grpc.mapping.ClusterInfoProtoMapper;
import dev.warren.adapters.grpc.mapping.ContainerProtoMapper;
import dev.warren.adapters.grpc.mapping.JoinClusterProtoMapper;
import dev.warren.adapters.grpc.mapping.NodeProtoMapper;
import dev.warren.adapters.grpc.mapping.RolloutProtoMapper;
import dev.warren.adapters.grpc.mapping.SecretProtoMapper;
import dev.warren.adapters.grpc.mapping.ServiceProtoMapper;
import dev.warren.adapters.grpc.mapping.ServiceRequestProtoMapper;
import dev.warren.adapters.grpc.mapping.VolumeProtoMapper;
import dev.warren.adapters.grpc.proto.BackupClusterChunk;
import dev.warren.adapters.grpc.proto.BackupClusterRequest;
import dev.warren.adapters.grpc.proto.GetClusterInfoRequest;
import dev.warren.adapters.grpc.proto.WarrenAPIGrpc;
import dev.warren.adapters.grpc.status.StatusMapper;
import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.error.UnavailableException;
import dev.warren.domain.model.cluster.ClusterInfo;
import dev.warren.domain.model.logs.LogFollow;
import dev.warren.domain.model.logs.LogSink;
import dev.warren.domain.model.node.Node;
import dev.warren.domain.model.secret.SecretMetadata;
import dev.warren.domain.model.security.Caller;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.shared.Bytes;
import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.model.volume.Volume;
import dev.warren.domain.port.in.ClusterBackupHeader;
import dev.warren.domain.port.in.ClusterClient;
import dev.warren.domain.port.in.ContainerClient;
import dev.warren.domain.port.in.ContainerWatch;
import dev.warren.domain.port.in.CreateSecretRequest;
import dev.warren.domain.port.in.CreateServiceRequest;
import dev.warren.domain.port.in.CreateVolumeRequest;
import dev.warren.domain.port.in.DeleteSecretRequest;
import dev.warren.domain.port.in.DeleteServiceRequest;
import dev.warren.domain.port.in.DeleteVolumeRequest;
import dev.warren.domain.port.in.EventStream;
import dev.warren.domain.port.in.GenerateJoinTokenRequest;
import dev.warren.domain.port.in.GenerateJoinTokenResult;
import dev.warren.domain.port.in.GetClusterInfoUseCase;
import dev.warren.domain.port.in.GetContainerRequest;
import dev.warren.domain.port.in.GetNodeRequest;
import dev.warren.domain.port.in.GetSecretByNameRequest;
import dev.warren.domain.port.in.GetServiceRequest;
import dev.warren.domain.port.in.GetVolumeByNameRequest;
import dev.warren.domain.port.in.IngressClient;
import dev.warren.domain.port.in.JoinClusterRequest;
import dev.warren.domain.port.in.JoinClusterResult;
import dev.warren.domain.port.in.ListContainersRequest;
import dev.warren.domain.port.in.ListNodesRequest;
import dev.warren.domain.port.in.ListSecretsRequest;
import dev.warren.domain.port.in.ListServicesRequest;
import dev.warren.domain.port.in.ListVolumesRequest;
import dev.warren.domain.port.in.NodeClient;
import dev.warren.domain.port.in.RecordHeartbeatRequest;
import dev.warren.domain.port.in.RecordHeartbeatUseCase;
import dev.warren.domain.port.in.RegisterNodeRequest;
import dev.warren.domain.port.in.RegisterNodeUseCase;
import dev.warren.domain.port.in.RemoveNodeRequest;
import dev.warren.domain.port.in.ReportContainerHealthRequest;
import dev.warren.domain.port.in.ReportContainerHealthUseCase;
import dev.warren.domain.port.in.RequestCertificateRequest;
import dev.warren.domain.port.in.RollbackServiceRequest;
import dev.warren.domain.port.in.RolloutClient;
import dev.warren.domain.port.in.SecretClient;
import dev.warren.domain.port.in.SecretReading;
import dev.warren.domain.port.in.ServiceClient;
import dev.warren.domain.port.in.StreamContainerLogsRequest;
import dev.warren.domain.port.in.StreamContainerLogsUseCase;
import dev.warren.domain.port.in.StreamEventsRequest;
import dev.warren.domain.port.in.StreamEventsUseCase;
import dev.warren.domain.port.in.TlsCertificateClient;
import dev.warren.domain.port.in.UpdateContainerStatusRequest;
import dev.warren.domain.port.in.UpdateContainerStatusUseCase;
import dev.warren.domain.port.in.UpdateNodeRequest;
import dev.warren.domain.port.in.UpdateServiceImageRequest;
import dev.warren.domain.port.in.UpdateServiceRequest;
import dev.warren.domain.port.in.VolumeClient;
import dev.warren.domain.port.in.WatchContainersRequest;
import dev.warren.domain.port.in.WatchContainersUseCase;
import dev.warren.domain.port.in.WorkerAgentClient;
import dev.warren.domain.port.out.ClusterKeys;
import dev.warren.domain.port.out.IssuedCertificate;
import dev.warren.tls.ClientTlsIdentity;
import dev.warren.tls.ReloadableKeyManager;
import io.grpc.Channel;
import io.grpc.ClientInterceptors;
import io.grpc.ConnectivityState;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.MetadataUtils;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The use cases, served by a remote manager over warren.v1 on a channel from {@link GrpcChannels}
 * (mutual TLS, or the local read-only socket). Every call is blocking and bounded by the deadline
 * given to {@link #over}.
 *
 * <p>Each call throws the domain exception the manager's use case threw (same kind and message). A
 * manager that cannot be reached, or does not answer in time, gives {@link
 * dev.warren.domain.error.UnavailableException} ("cannot reach a manager at HOST:PORT — is it
 * running? …"). A manager that reports an internal error gives {@link IllegalStateException}.
 *
 * <p>Reads are linearizable unless the client was made with {@link #withStaleReads()}, whatever
 * consistency a request names. What warren.v1 cannot carry: a service's previous spec (always empty
 * here), an update that changes nothing, an empty image or clearing env (rejected with {@link
 * InvalidSpecException} before anything is sent). Thread-safe.
 */
public final class GrpcWarrenClient
    implements ServiceClient,
        SecretClient,
        VolumeClient,
        NodeClient,
        ContainerClient,
        GetClusterInfoUseCase,
        StreamEventsUseCase,
        RegisterNodeUseCase,
        RecordHeartbeatUseCase,
        UpdateContainerStatusUseCase,
        ReportContainerHealthUseCase,
        WatchContainersUseCase,
        WorkerAgentClient,
        StreamContainerLogsUseCase,
        AutoCloseable {
  private static final Duration CLOSE_WAIT = Duration.ofSeconds(5);

  private final String target;
  private final Duration deadline;
  private final ManagedChannel channel;
  private final Channel calls;
  private final WarrenAPIGrpc.WarrenAPIBlockingStub stub;
  private final WarrenAPIGrpc.WarrenAPIStub streamingStub;
  private final GrpcIngressClient ingresses = new GrpcIngressClient(this::call);
  private final GrpcJoinTokenClient joinTokens = new GrpcJoinTokenClient(this::call);
  private final GrpcCertificateClient certificates = new GrpcCertificateClient(this::call);
  private final GrpcRolloutClient rollouts;
  private final ClusterClient cluster =
      new ClusterClient() {
        @Override
        public ClusterInfo get() {
          return GrpcWarrenClient.this.get();
        }

        @Override
        public GenerateJoinTokenResult generate(GenerateJoinTokenRequest request) {
          return joinTokens.generate(request);
        }

        @Override
        public ClusterBackupHeader backup(OutputStream target) {
          return GrpcWarrenClient.this.backup(target);
        }
      };

  private GrpcWarrenClient(
      String target, Duration deadline, ManagedChannel channel, Channel calls) {
    this.target = target;
    this.deadline = deadline;
    this.channel = channel;
    this.calls = calls;
    this.stub = WarrenAPIGrpc.newBlockingStub(calls);
    this.streamingStub = WarrenAPIGrpc.newStub(calls);
    this.rollouts = new GrpcRolloutClient(calls, target, deadline);
  }

  /**
   * This client, asking the manager for stale reads: every read answers from what the manager it
   * reaches has applied, without confirming with the leader that nothing newer was committed.
   * Faster and available without a quorum, but it may miss recent writes. The returned client takes
   * over the connection: close it instead of this one.
   */
  public GrpcWarrenClient withStaleReads() {
    var headers = new Metadata();
    headers.put(
        Metadata.Key.of(ReadConsistencyInterceptor.HEADER, Metadata.ASCII_STRING_MARSHALLER),
        ReadConsistencyInterceptor.STALE);
    return new GrpcWarrenClient(
        target,
        deadline,
        channel,
        ClientInterceptors.intercept(calls, MetadataUtils.newAttachHeadersInterceptor(headers)));
  }

  /**
   * A client of the manager at {@code host:port} over mutual TLS, presenting {@code identity} and
   * trusting servers whose certificate the cluster CA issued. Connects lazily: an unreachable
   * manager is reported by the first call.
   *
   * @throws InvalidSpecException if the PEM text does not parse or the deadline is not positive
   */
  public static GrpcWarrenClient mutualTls(
      String host, int port, ClientTlsIdentity identity, Duration deadline) {
    return over(host + ":" + port, deadline, GrpcChannels.mutualTls(host, port, identity));
  }

  /**
   * A client of the manager at {@code host:port} over mutual TLS that presents whatever certificate
   * {@code keys} holds at each handshake: a node that renews its certificate reloads {@code keys}
   * and keeps its clients.
   *
   * @throws InvalidSpecException if the CA's PEM text does not parse or the deadline is not
   *     positive
   */
  public static GrpcWarrenClient mutualTls(
      String host,
      int port,
      ReloadableKeyManager keys,
      String caCertificatePem,
      Duration deadline) {
    return over(
        host + ":" + port, deadline, GrpcChannels.mutualTls(host, port, keys, caCertificatePem));
  }

  /**
   * A client of the manager at {@code host:port} that presents no certificate and trusts the server
   * only if its chain holds the CA with SHA-256 digest {@code caSha256Digest}, as a join token
   * carries it: what a joining node or {@code cluster login} redeems its token over.
   *
   * @throws InvalidSpecException if the digest is not 64 hex digits or the deadline not positive
   */
  public static GrpcWarrenClient pinnedCa(
      String host, int port, String caSha256Digest, Duration deadline) {
    return over(host + ":" + port, deadline, GrpcChannels.pinnedCa(host, port, caSha256Digest));
  }

  /**
   * A client of the manager's read-only unix socket at {@code socket}.
   *
   * @throws dev.warren.domain.error.FailedPreconditionException if native epoll is not available
   */
  public static GrpcWarrenClient unixSocket(Path socket, Duration deadline) {
    return over(socket.toString(), deadline, GrpcChannels.unixSocket(socket));
  }

  /**
   * A client of the manager at {@code target} over {@code channel} (see {@link GrpcChannels}); the
   * client owns the channel and shuts it down on close. Tests in this package tune the channel.
   *
   * @param target how the manager is named in messages ("127.0.0.1:8080", a socket path)
   * @throws InvalidSpecException if the deadline is not positive
   */
  static GrpcWarrenClient over(String target, Duration deadline, ManagedChannel channel) {
    Checks.notBlank("manager address", target);
    Checks.notNull("deadline", deadline);
    Checks.notNull("channel", channel);
    if (deadline.isNegative() || deadline.isZero()) {
      throw new InvalidSpecException("deadline must be positive, got " + deadline);
    }
    return new GrpcWarrenClient(target, deadline, channel, channel);
  }

  @Override
  public Service create(CreateServiceRequest request) {
    var created =
        call(stub -> stub.createService(ServiceProtoMapper.toCreateRequest(request.spec())));
    return ServiceProtoMapper.toDomain(created.getService());
  }

  /** Reads with the manager's default (linearizable) consistency, whatever the request asks. */
  @Override
  public Service get(GetServiceRequest request) {
    var found = call(stub -> stub.getService(ServiceRequestProtoMapper.toProto(request.service())));
    return ServiceProtoMapper.toDomain(found.getService());
  }

  /** Reads with the manager's default (linearizable) consistency, whatever the request asks. */
  @Override
  public List<Service> list(ListServicesRequest request) {
    var listed =
        call(
            stub ->
                stub.listServices(
                    dev.warren.adapters.grpc.proto.ListServicesRequest.getDefaultInstance()));
    return listed.getServicesList().stream().map(ServiceProtoMapper::toDomain).toList();
  }

  /**
   * Sends replicas only when the request has it, so an absent count leaves the service's as it is.
   *
   * @throws InvalidSpecException if the update changes nothing, sets an empty image or clears env:
   *     warren.v1 cannot express those
   */
  @Override
  public Service update(UpdateServiceRequest request) {
    var message = ServiceRequestProtoMapper.toProto(request);
    var updated = call(stub -> stub.updateService(message));
    return ServiceProtoMapper.toDomain(updated.getService());
  }

  @Override
  public void delete(DeleteServiceRequest request) {
    call(
        stub ->
            stub.deleteService(
                dev.warren.adapters.grpc.proto.DeleteServiceRequest.newBuilder()
                    .setId(request.id().value())
                    .build()));
  }

  @Override
  public ClusterInfo get() {
    return ClusterInfoProtoMapper.toDomain(
        call(stub -> stub.getClusterInfo(GetClusterInfoRequest.getDefaultInstance())));
  }

  /**
   * Streams the manager's backup into {@code target}. The whole transfer is bounded by ten times
   * the client's deadline: a large state takes longer than one call.
   */
  public ClusterBackupHeader backup(OutputStream target) {
    try {
      Iterator<BackupClusterChunk> chunks =
          stub.withDeadlineAfter(deadline.toNanos() * 10, TimeUnit.NANOSECONDS)
              .backupCluster(BackupClusterRequest.getDefaultInstance());
      while (chunks.hasNext()) {
        BackupClusterChunk chunk = chunks.next();
        if (chunk.hasHeader()) {
          var header = chunk.getHeader();
          return new ClusterBackupHeader(
              header.getFormatVersion(), header.getClusterId(), header.getAppliedIndex());
        }
        chunk.getData().writeTo(target);
      }
    } catch (StatusRuntimeException failure) {
      throw StatusMapper.toClientException(failure, this.target);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the backup: " + e.getMessage(), e);
    }
    throw new UnavailableException(
        "the manager at " + this.target + " ended the backup before it was complete; try again");
  }

  @Override
  public void updateImage(UpdateServiceImageRequest request) {
    var message = RolloutProtoMapper.toProto(request);
    call(stub -> stub.updateServiceImage(message));
  }

  @Override
  public void rollback(RollbackServiceRequest request) {
    var message = RolloutProtoMapper.toProto(request);
    call(stub -> stub.rollbackService(message));
  }

  /** The answer holds the secret's metadata; the payload never comes back. */
  @Override
  public SecretMetadata create(CreateSecretRequest request) {
    var message = SecretProtoMapper.toProto(request);
    return SecretProtoMapper.toDomain(call(stub -> stub.createSecret(message)).getSecret());
  }

  @Override
  public Node register(RegisterNodeRequest request) {
    var registered = call(stub -> stub.registerNode(NodeProtoMapper.toProto(request)));
    return NodeProtoMapper.toDomain(registered.getNode());
  }

  @Override
  public void record(RecordHeartbeatRequest request) {
    call(stub -> stub.heartbeat(NodeProtoMapper.toProto(request)));
  }

  /** Reads with the manager's default (linearizable) consistency, whatever the request asks. */
  @Override
  public SecretMetadata get(GetSecretByNameRequest request) {
    var message = SecretProtoMapper.toProto(request);
    return SecretProtoMapper.toDomain(call(stub -> stub.getSecretByName(message)).getSecret());
  }

  /**
   * GetSecretByName as this client's certificate may read it: the manager decides from the
   * certificate, not from {@code caller}, whether the answer holds the data. Reads with the
   * manager's default (linearizable) consistency, whatever the request asks.
   */
  @Override
  public SecretReading read(Caller caller, GetSecretByNameRequest request) {
    var message = SecretProtoMapper.toProto(request);
    var secret = call(stub -> stub.getSecretByName(message)).getSecret();
    Optional<Bytes> data =
        secret.getData().isEmpty()
            ? Optional.empty()
            : Optional.of(Bytes.of(secret.getData().toByteArray()));
    return new SecretReading(SecretProtoMapper.toDomain(secret), data);
  }

  /** Reads with the manager's default (linearizable) consistency, whatever the request asks. */
  @Override
  public List<Node> list(ListNodesRequest request) {
    var listed = call(stub -> stub.listNodes(NodeProtoMapper.toProto(request)));
    return listed.getNodesList().stream().map(NodeProtoMapper::toDomain).toList();
  }

  /** Reads with the manager's default (linearizable) consistency, whatever the request asks. */
  @Override
  public List<SecretMetadata> list(ListSecretsRequest request) {
    var listed =
        call(
            stub ->
                stub.listSecrets(
                    dev.warren.adapters.grpc.proto.ListSecretsRequest.getDefaultInstance()));
    return listed.getSecretsList().stream().map(SecretProtoMapper::toDomain).toList();
  }

  @Override
  public void delete(DeleteSecretRequest request) {
    var message =
        dev.warren.adapters.grpc.proto.DeleteSecretRequest.newBuilder()
            .setId(request.id().value())
            .build();
    call(stub -> stub.deleteSecret(message));
  }

  @Override
  public Volume create(CreateVolumeRequest request) {
    var message = VolumeProtoMapper.toProto(request);
    return VolumeProtoMapper.toDomain(call(stub -> stub.createVolume(message)).getVolume());
  }

  /** Reads with the manager's default (linearizable) consistency, whatever the request asks. */
  @Override
  public Node get(GetNodeRequest request) {
    var found =
        call(
            stub ->
                stub.getNode(
                    dev.warren.adapters.grpc.proto.GetNodeRequest.newBuilder()
                        .setId(request.id().value())
                        .build()));
    return NodeProtoMapper.toDomain(found.getNode());
  }

  @Override
  public void remove(RemoveNodeRequest request) {
    call(
        stub ->
            stub.removeNode(
                dev.warren.adapters.grpc.proto.RemoveNodeRequest.newBuilder()
                    .setId(request.id().value())
                    .build()));
  }

  @Override
  public Node update(UpdateNodeRequest request) {
    return NodeProtoMapper.toDomain(
        call(stub -> stub.updateNode(NodeProtoMapper.toProto(request))).getNode());
  }

  @Override
  public void update(UpdateContainerStatusRequest request) {
    call(stub -> stub.updateContainerStatus(ContainerProtoMapper.toProto(request)));
  }

  /** Reads with the manager's default (linearizable) consistency, whatever the request asks. */
  @Override
  public Volume get(GetVolumeByNameRequest request) {
    var message = VolumeProtoMapper.toProto(request);
    return VolumeProtoMapper.toDomain(call(stub -> stub.getVolumeByName(message)).getVolume());
  }

  /** Reads with the manager's default (linearizable) consistency, whatever the request asks. */
  @Override
  public List<Task> list(ListContainersRequest request) {
    var listed = call(stub -> stub.listContainers(ContainerProtoMapper.toProto(request)));
    return listed.getContainersList().stream().map(ContainerProtoMapper::toDomain).toList();
  }

  /** Reads with the manager's default (linearizable) consistency, whatever the request asks. */
  @Override
  public List<Volume> list(ListVolumesRequest request) {
    var listed =
        call(
            stub ->
                stub.listVolumes(
                    dev.warren.adapters.grpc.proto.ListVolumesRequest.getDefaultInstance()));
    return listed.getVolumesList().stream().map(VolumeProtoMapper::toDomain).toList();
  }

  @Override
  public void delete(DeleteVolumeRequest request) {
    var message =
        dev.warren.adapters.grpc.proto.DeleteVolumeRequest.newBuilder()
            .setId(request.id().value())
            .build();
    call(stub -> stub.deleteVolume(message));
  }

  /**
   * Opens a StreamEvents call, without a deadline: it lasts until closed. Nothing is checked here;
   * the manager's refusal or an unreachable manager is thrown by the stream's first {@link
   * EventStream#next}. Close the stream before this client.
   */
  @Override
  public EventStream open(StreamEventsRequest request) {
    return GrpcEventStream.open(streamingStub, request, target);
  }

  /** The services group over this client's connection. */
  public ServiceClient services() {
    return this;
  }

  /** The containers group (as an operator reads it) over this client's connection. */
  public ContainerClient containers() {
    return this;
  }

  /** The nodes group (as an operator drives it) over this client's connection. */
  public NodeClient nodes() {
    return this;
  }

  /** The secrets group over this client's connection. */
  public SecretClient secrets() {
    return this;
  }

  /** The volumes group over this client's connection. */
  public VolumeClient volumes() {
    return this;
  }

  /** The ingress use cases over this client's connection. */
  public IngressClient ingresses() {
    return ingresses;
  }

  /** The TLS certificate use cases over this client's connection. */
  public TlsCertificateClient certificates() {
    return ingresses;
  }

  /** The cluster's managers and join tokens over this client's connection. */
  public ClusterClient cluster() {
    return cluster;
  }

  /** What a standalone worker asks of the managers, over this client's connection. */
  public WorkerAgentClient workerAgent() {
    return this;
  }

  /** warren.rollouts.v1 (a service's rollout, once or live) over this client's connection. */
  public RolloutClient rollouts() {
    return rollouts;
  }

  /** StreamEvents over this client's connection. */
  public StreamEventsUseCase events() {
    return this;
  }

  /** GenerateJoinToken over this client's connection. */
  public GrpcJoinTokenClient joinTokens() {
    return joinTokens;
  }

  /**
   * RequestCertificate over this client's connection: redeems a join token for a certificate. A
   * joining node has no certificate yet: it uses a channel that pins the token's CA digest.
   *
   * @throws dev.warren.domain.error.PermissionDeniedException if the manager refuses the token
   * @throws InvalidSpecException if the name or CSR is refused, or the answer holds no certificate
   */
  public IssuedCertificate requestCertificate(RequestCertificateRequest request) {
    return certificates.request(request);
  }

  /**
   * JoinCluster: asks the manager to add the manager {@code request} names to the Raft group; the
   * caller presents a manager certificate. Blocks until the group has taken the new member (or the
   * deadline passes).
   *
   * @throws dev.warren.domain.error.PermissionDeniedException if the token is refused
   * @throws dev.warren.domain.error.UnavailableException if no leader could add the member in time
   */
  public JoinClusterResult join(JoinClusterRequest request) {
    dev.warren.adapters.grpc.proto.JoinClusterResponse response =
        call(stub -> stub.joinCluster(JoinClusterProtoMapper.toProto(request)));
    return JoinClusterProtoMapper.toDomain(response);
  }

  /**
   * ShareClusterKeys over warren.managers.v1: the CA and the data key, for a joining manager that
   * presents the manager certificate its token got it. Nothing of the answer is logged.
   *
   * @throws dev.warren.domain.error.PermissionDeniedException if the caller is not a manager
   * @throws dev.warren.domain.error.FailedPreconditionException if the manager lacks the keys
   */
  public ClusterKeys shareClusterKeys() {
    ShareClusterKeysResponse response;
    try {
      response =
          ManagersGrpc.newBlockingStub(channel)
              .withDeadlineAfter(deadline.toNanos(), TimeUnit.NANOSECONDS)
              .shareClusterKeys(ShareClusterKeysRequest.getDefaultInstance());
    } catch (StatusRuntimeException failure) {
      throw StatusMapper.toClientException(failure, target);
    }
    return new ClusterKeys(
        Bytes.of(response.getCaCertificate().toByteArray()),
        Bytes.of(response.getCaPrivateKey().toByteArray()),
        Bytes.of(response.getDataKey().toByteArray()));
  }

  /** Reads with the manager's default (linearizable) consistency, whatever the request asks. */
  @Override
  public Task get(GetContainerRequest request) {
    var found =
        call(
            stub ->
                stub.getContainer(
                    dev.warren.adapters.grpc.proto.GetContainerRequest.newBuilder()
                        .setId(request.id().value())
                        .build()));
    return ContainerProtoMapper.toDomain(found.getContainer());
  }

  @Override
  public void report(ReportContainerHealthRequest request) {
    call(stub -> stub.reportContainerHealth(ContainerProtoMapper.toProto(request)));
  }

  /**
   * Opens the watch without waiting for the manager: a refusal (unknown node, invalid id) and a
   * cut-off are thrown by {@link ContainerWatch#poll} once the events before them are read. The
   * call has no deadline; close the watch to end it. {@code wakeUp} runs on gRPC's threads.
   */
  @Override
  public ContainerWatch watch(WatchContainersRequest request, Runnable wakeUp) {
    return GrpcContainerWatch.open(
        WarrenAPIGrpc.newStub(calls),
        dev.warren.adapters.grpc.proto.WatchContainersRequest.newBuilder()
            .setNodeId(request.nodeId().value())
            .build(),
        target,
        wakeUp);
  }

  /**
   * Whether a connection to the manager (TLS handshake included) is up within {@code within},
   * connecting now if there is none: how a client with several managers finds one that answers
   * before it sends anything, so that a write is never sent twice.
   */
  public boolean connects(Duration within) {
    long deadline = System.nanoTime() + within.toNanos();
    ConnectivityState state = channel.getState(true);
    while (state != ConnectivityState.READY) {
      if (state == ConnectivityState.TRANSIENT_FAILURE || state == ConnectivityState.SHUTDOWN) {
        return false;
      }
      var changed = new CountDownLatch(1);
      channel.notifyWhenStateChanged(state, changed::countDown);
      try {
        long left = deadline - System.nanoTime();
        if (left <= 0 || !changed.await(left, TimeUnit.NANOSECONDS)) {
          return false;
        }
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        return false;
      }
      state = channel.getState(false);
    }
    return true;
  }

  /** Closes the connection, waiting up to five seconds for calls in progress. Idempotent. */
  @Override
  public void close() {
    GracefulStop.stop(
        channel::shutdown,
        channel::awaitTermination,
        channel::shutdownNow,
        CLOSE_WAIT,
        Duration.ZERO);
  }

  /**
   * Reads logs over warren.logs.v1: lines arrive on gRPC's threads; without follow the call is
   * bounded by the deadline, with follow it lasts until closed.
   */
  @Override
  public LogFollow stream(StreamContainerLogsRequest request, LogSink sink) {
    var call =
        new GrpcLogCall<dev.warren.adapters.grpc.logs.proto.StreamContainerLogsRequest>(
            sink, failure -> StatusMapper.toClientException(failure, target));
    var stub = ContainerLogsGrpc.newStub(calls);
    if (!request.follow()) {
      stub = stub.withDeadlineAfter(deadline.toNanos(), TimeUnit.NANOSECONDS);
    }
    stub.streamContainerLogs(
        dev.warren.adapters.grpc.logs.proto.StreamContainerLogsRequest.newBuilder()
            .setTarget(request.target())
            .setTail(request.tail().lines())
            .setFollow(request.follow())
            .build(),
        call);
    return call;
  }

  private <T> T call(Function<WarrenAPIGrpc.WarrenAPIBlockingStub, T> rpc) {
    try {
      return rpc.apply(stub.withDeadlineAfter(deadline.toNanos(), TimeUnit.NANOSECONDS));
    } catch (StatusRuntimeException failure) {
      throw StatusMapper.toClientException(failure, target);
    }
  }
}
