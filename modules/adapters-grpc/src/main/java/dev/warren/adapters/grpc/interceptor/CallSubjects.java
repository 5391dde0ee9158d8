package dev.warren.adapters.grpc.interceptor;

import dev.warren.adapters.grpc.proto.GetContainerRequest;
import dev.warren.adapters.grpc.proto.GetNodeRequest;
import dev.warren.adapters.grpc.proto.HeartbeatRequest;
import dev.warren.adapters.grpc.proto.ListContainersRequest;
import dev.warren.adapters.grpc.proto.RegisterNodeRequest;
import dev.warren.adapters.grpc.proto.ReportContainerHealthRequest;
import dev.warren.adapters.grpc.proto.UpdateContainerStatusRequest;
import dev.warren.adapters.grpc.proto.WatchContainersRequest;
import dev.warren.domain.model.security.ApiOperation;
import dev.warren.domain.port.in.CallSubject;

/**
 * What a request acts on, for the worker rules of the authorization table: the node or container
 * it names, read raw from the message (validation comes later, in the endpoint).
 */
final class CallSubjects {
  private CallSubjects() {}

  static CallSubject of(ApiOperation operation, Object request) {
    return switch (operation) {
      case REGISTER_NODE -> CallSubject.node(((RegisterNodeRequest) request).getId());
      case HEARTBEAT -> CallSubject.node(((HeartbeatRequest) request).getNodeId());
      case GET_NODE -> CallSubject.node(((GetNodeRequest) request).getId());
      case LIST_CONTAINERS -> CallSubject.node(((ListContainersRequest) request).getNodeId());
      case WATCH_CONTAINERS -> CallSubject.node(((WatchContainersRequest) request).getNodeId());
      case GET_CONTAINER -> CallSubject.container(((GetContainerRequest) request).getId());
      case UPDATE_CONTAINER_STATUS ->
          CallSubject.container(((UpdateContainerStatusRequest) request).getContainerId());
      case REPORT_CONTAINER_HEALTH ->
          CallSubject.container(((ReportContainerHealthRequest) request).getContainerId());
      default -> CallSubject.none();
    };
  }
}
