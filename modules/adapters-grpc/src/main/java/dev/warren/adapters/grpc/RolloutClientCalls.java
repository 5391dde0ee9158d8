package dev.warren.adapters.grpc;

import dev.warren.adapters.grpc.mapping.RolloutProtoMapper;
import dev.warren.domain.port.in.RollbackServiceRequest;
import dev.warren.domain.port.in.UpdateServiceImageRequest;

/**
 * UpdateServiceImage and RollbackService over warren.v1, for {@link GrpcWarrenClient}. The status
 * strings of the answers carry nothing a caller needs: success is the absence of an error.
 */
record RolloutClientCalls(StubCaller caller) {

  void updateImage(UpdateServiceImageRequest request) {
    var message = RolloutProtoMapper.toProto(request);
    caller.call(stub -> stub.updateServiceImage(message));
  }

  void rollback(RollbackServiceRequest request) {
    var message = RolloutProtoMapper.toProto(request);
    caller.call(stub -> stub.rollbackService(message));
  }
}
