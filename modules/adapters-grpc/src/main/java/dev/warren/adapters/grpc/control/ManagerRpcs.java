package dev.warren.adapters.grpc.control;

import static dev.warren.adapters.grpc.managers.proto.ManagersGrpc.getShareClusterKeysMethod;
import static dev.warren.domain.model.security.AccessRule.managers;

import com.google.protobuf.ByteString;
import dev.warren.adapters.grpc.managers.proto.ShareClusterKeysResponse;
import dev.warren.domain.port.in.ShareClusterKeysUseCase;
import dev.warren.domain.port.out.ClusterKeys;
import java.util.List;

/**
 * The RPCs of warren.managers.v1, declared once each like warren.v1's: ShareClusterKeys for
 * managers only, as a joining manager calls it with the certificate its token got it. A worker or
 * an admin is refused by the rule before the use case runs.
 */
public final class ManagerRpcs {
  private ManagerRpcs() {}

  /** Every RPC of the Managers service, for one server. */
  public static List<ServerRpc<?, ?>> declare(ShareClusterKeysUseCase keys) {
    return List.of(
        ServerRpc.write(getShareClusterKeysMethod(), managers(), request -> toProto(keys.share())));
  }

  private static ShareClusterKeysResponse toProto(ClusterKeys keys) {
    return ShareClusterKeysResponse.newBuilder()
        .setCaCertificate(ByteString.copyFrom(keys.caCertificatePem().toArray()))
        .setCaPrivateKey(ByteString.copyFrom(keys.caPrivateKeyPem().toArray()))
        .setDataKey(ByteString.copyFrom(keys.dataKey().toArray()))
        .build();
  }
}
