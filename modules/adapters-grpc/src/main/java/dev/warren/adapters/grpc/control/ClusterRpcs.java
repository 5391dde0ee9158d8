package dev.warren.adapters.grpc.control;

import static dev.warren.adapters.grpc.control.ServerRpc.read;
import static dev.warren.adapters.grpc.control.ServerRpc.write;
import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getGenerateJoinTokenMethod;
import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getGetClusterInfoMethod;
import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getJoinClusterMethod;
import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getRequestCertificateMethod;
import static dev.warren.domain.model.security.AccessRule.administrators;
import static dev.warren.domain.model.security.AccessRule.anyMember;
import static dev.warren.domain.model.security.AccessRule.anyone;
import static dev.warren.domain.model.security.AccessRule.managers;

import dev.warren.adapters.grpc.mapping.ClusterInfoProtoMapper;
import dev.warren.adapters.grpc.mapping.IssuedCertificateProtoMapper;
import dev.warren.adapters.grpc.mapping.JoinClusterProtoMapper;
import dev.warren.adapters.grpc.mapping.JoinTokenProtoMapper;
import dev.warren.domain.port.in.ClusterUseCases;
import java.util.List;

/**
 * The cluster and its membership: cluster info, join tokens, a manager joining the Raft group and a
 * token (or a node's current certificate) redeemed for a cluster certificate. RequestCertificate is
 * the one RPC a caller without a certificate may make: the token is the credential.
 */
public record ClusterRpcs(ClusterUseCases useCases) {

  public List<ServerRpc<?, ?>> declare() {
    return List.of(
        read(
            getGetClusterInfoMethod(),
            anyMember(),
            request -> ClusterInfoProtoMapper.toProto(useCases.getInfo().get())),
        write(
            getGenerateJoinTokenMethod(),
            administrators(),
            request ->
                JoinTokenProtoMapper.toProto(
                    useCases.generateJoinToken().generate(JoinTokenProtoMapper.toDomain(request)))),
        write(
            getJoinClusterMethod(),
            managers(),
            request ->
                JoinClusterProtoMapper.toProto(
                    useCases.join().join(JoinClusterProtoMapper.toDomain(request)))),
        write(
            getRequestCertificateMethod(),
            anyone(),
            request ->
                IssuedCertificateProtoMapper.toProto(
                    useCases
                        .requestCertificate()
                        .request(IssuedCertificateProtoMapper.toDomain(request)))));
  }
}
