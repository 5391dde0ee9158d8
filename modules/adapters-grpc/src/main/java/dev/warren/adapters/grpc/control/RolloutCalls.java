package dev.warren.adapters.grpc.control;

import dev.warren.adapters.grpc.mapping.RolloutProtoMapper;
import dev.warren.adapters.grpc.proto.RollbackServiceRequest;
import dev.warren.adapters.grpc.proto.RollbackServiceResponse;
import dev.warren.adapters.grpc.proto.UpdateServiceImageRequest;
import dev.warren.adapters.grpc.proto.UpdateServiceImageResponse;
import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.port.in.RollbackServiceUseCase;
import dev.warren.domain.port.in.UpdateServiceImageUseCase;

/**
 * UpdateServiceImage and RollbackService as blocking request-to-response functions over the use
 * cases. They answer with Warren v1.6's status strings, which clients may compare: the rollout is
 * recorded (committed) when they answer, and the deployer carries it out afterwards.
 */
final class RolloutCalls {
  /** Warren v1.6's answer to UpdateServiceImage. */
  static final String ROLLOUT_STARTED_STATUS = "deployment initiated";

  /** Warren v1.6's answer to RollbackService. */
  static final String ROLLED_BACK_STATUS = "rollback completed";

  private final UpdateServiceImageUseCase updateImage;
  private final RollbackServiceUseCase rollback;

  RolloutCalls(UpdateServiceImageUseCase updateImage, RollbackServiceUseCase rollback) {
    this.updateImage = Checks.notNull("update service image use case", updateImage);
    this.rollback = Checks.notNull("rollback service use case", rollback);
  }

  UpdateServiceImageResponse updateImage(UpdateServiceImageRequest request) {
    updateImage.updateImage(RolloutProtoMapper.toDomain(request));
    return UpdateServiceImageResponse.newBuilder().setStatus(ROLLOUT_STARTED_STATUS).build();
  }

  RollbackServiceResponse rollback(RollbackServiceRequest request) {
    rollback.rollback(RolloutProtoMapper.toDomain(request));
    return RollbackServiceResponse.newBuilder().setStatus(ROLLED_BACK_STATUS).build();
  }
}
