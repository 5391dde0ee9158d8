package dev.warren.adapters.grpc;

import dev.warren.adapters.grpc.mapping.ContainerProtoMapper;
import dev.warren.adapters.grpc.proto.ContainerEvent;
import dev.warren.adapters.grpc.proto.WarrenAPIGrpc.WarrenAPIStub;
import dev.warren.adapters.grpc.proto.WatchContainersRequest;
import dev.warren.adapters.grpc.status.StatusMapper;
import dev.warren.domain.error.DomainException;
import dev.warren.domain.model.task.TaskEvent;
import dev.warren.domain.port.in.ContainerWatch;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import java.util.ArrayDeque;
import java.util.Optional;

/**
 * The client side of WatchContainers: events wait in a buffer of {@value #BUFFER} and one more is
 * asked of the manager only when one is polled, so a reader that stops polling makes the manager
 * stop sending (and, if it stays away, cut the watch off) instead of filling this process's memory.
 * Failures of the call, including the manager's refusal to open it, are thrown by {@link #poll}.
 */
final class GrpcContainerWatch
    implements ContainerWatch, ClientResponseObserver<WatchContainersRequest, ContainerEvent> {
  static final int BUFFER = 256;

  private final String target;
  private final Runnable wakeUp;
  // Guarded by this.
  private final ArrayDeque<TaskEvent> buffer = new ArrayDeque<>();
  private ClientCallStreamObserver<WatchContainersRequest> call;
  private RuntimeException failure;
  private boolean closed;

  private GrpcContainerWatch(String target, Runnable wakeUp) {
    this.target = target;
    this.wakeUp = wakeUp;
  }

  static GrpcContainerWatch open(
      WarrenAPIStub stub, WatchContainersRequest request, String target, Runnable wakeUp) {
    var watch = new GrpcContainerWatch(target, wakeUp);
    stub.watchContainers(request, watch);
    return watch;
  }

  @Override
  public synchronized void beforeStart(ClientCallStreamObserver<WatchContainersRequest> stream) {
    call = stream;
    stream.disableAutoRequestWithInitial(BUFFER);
  }

  @Override
  public void onNext(ContainerEvent event) {
    synchronized (this) {
      try {
        buffer.add(ContainerProtoMapper.toDomain(event));
      } catch (DomainException malformed) {
        failure = malformed;
        call.cancel("malformed container event", malformed);
      }
    }
    wakeUp.run();
  }

  @Override
  public void onError(Throwable error) {
    synchronized (this) {
      if (closed || failure != null) {
        return;
      }
      StatusRuntimeException status =
          error instanceof StatusRuntimeException known
              ? known
              : Status.fromThrowable(error).asRuntimeException();
      failure = StatusMapper.toClientException(status, target);
    }
    wakeUp.run();
  }

  @Override
  public void onCompleted() {
    onError(
        Status.UNAVAILABLE
            .withDescription("the manager ended the watch; watch again")
            .asRuntimeException());
  }

  /**
   * @throws RuntimeException once the buffered events are read, if the call failed, as {@link
   *     StatusMapper#toClientException} maps it: {@link
   *     dev.warren.domain.error.VersionConflictException} when the manager cut the watch off,
   *     {@link dev.warren.domain.error.NotFoundException} for an unknown node, {@link
   *     dev.warren.domain.error.UnavailableException} when the manager went away
   */
  @Override
  public synchronized Optional<TaskEvent> poll() {
    if (closed) {
      return Optional.empty();
    }
    TaskEvent next = buffer.poll();
    if (next != null) {
      call.request(1);
      return Optional.of(next);
    }
    if (failure != null) {
      throw failure;
    }
    return Optional.empty();
  }

  @Override
  public synchronized void close() {
    if (!closed) {
      closed = true;
      buffer.clear();
      call.cancel("watch closed by the client", null);
    }
  }
}
