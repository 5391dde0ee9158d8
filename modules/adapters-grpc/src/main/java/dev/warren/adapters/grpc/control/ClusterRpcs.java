package dev.warren.adapters.grpc.control;

import static dev.warren.adapters.grpc.control.ServerRpc.read;
import static dev.warren.adapters.grpc.control.ServerRpc.write;
import static dev.warren.adapters.grpc.control.ServerRpc.writeStream;
import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getBackupClusterMethod;
import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getGenerateJoinTokenMethod;
import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getGetClusterInfoMethod;
import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getJoinClusterMethod;
import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getRequestCertificateMethod;
import static dev.warren.domain.model.security.AccessRule.administrators;
import static dev.warren.domain.model.security.AccessRule.anyMember;
import static dev.warren.domain.model.security.AccessRule.anyone;
import static dev.warren.domain.model.security.AccessRule.managers;

import com.google.protobuf.ByteString;
import dev.warren.adapters.grpc.mapping.ClusterInfoProtoMapper;
import dev.warren.adapters.grpc.mapping.IssuedCertificateProtoMapper;
import dev.warren.adapters.grpc.mapping.JoinClusterProtoMapper;
import dev.warren.adapters.grpc.mapping.JoinTokenProtoMapper;
import dev.warren.adapters.grpc.proto.BackupClusterChunk;
import dev.warren.adapters.grpc.proto.BackupClusterHeader;
import dev.warren.adapters.grpc.proto.BackupClusterRequest;
import dev.warren.adapters.grpc.status.StatusMapper;
import dev.warren.domain.port.in.ClusterBackupHeader;
import dev.warren.domain.port.in.ClusterUseCases;
import io.grpc.stub.StreamObserver;
import java.io.OutputStream;
import java.util.List;

/**
 * The cluster and its membership: cluster info, join tokens, a manager joining the Raft group and a
 * token (or a node's current certificate) redeemed for a cluster certificate. RequestCertificate is
 * the one RPC a caller without a certificate may make: the token is the credential. BackupCluster
 * streams a backup file, which holds the cluster's keys, to administrators only.
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
                        .request(IssuedCertificateProtoMapper.toDomain(request)))),
        writeStream(getBackupClusterMethod(), administrators(), this::backup));
  }

  private static final int CHUNK_BYTES = 64 * 1024;

  /** The file in chunks as the use case writes it, then the header; a failure ends the call. */
  private void backup(BackupClusterRequest request, StreamObserver<BackupClusterChunk> response) {
    ClusterBackupHeader header;
    try (var chunks = new ChunkStream(response)) {
      header = useCases.backup().backup(chunks);
    } catch (RuntimeException failure) {
      response.onError(StatusMapper.toStatusException(failure));
      return;
    }
    response.onNext(
        BackupClusterChunk.newBuilder()
            .setHeader(
                BackupClusterHeader.newBuilder()
                    .setFormatVersion(header.formatVersion())
                    .setClusterId(header.clusterId())
                    .setAppliedIndex(header.appliedIndex()))
            .build());
    response.onCompleted();
  }

  /** Bytes written to it go out as chunks of at most 64 KiB. */
  private static final class ChunkStream extends OutputStream {
    private final StreamObserver<BackupClusterChunk> response;
    private final byte[] buffer = new byte[CHUNK_BYTES];
    private int filled;

    ChunkStream(StreamObserver<BackupClusterChunk> response) {
      this.response = response;
    }

    @Override
    public void write(int b) {
      buffer[filled++] = (byte) b;
      if (filled == buffer.length) {
        flush();
      }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      while (length > 0) {
        int n = Math.min(length, buffer.length - filled);
        System.arraycopy(bytes, offset, buffer, filled, n);
        filled += n;
        offset += n;
        length -= n;
        if (filled == buffer.length) {
          flush();
        }
      }
    }

    @Override
    public void flush() {
      if (filled > 0) {
        response.onNext(
            BackupClusterChunk.newBuilder()
                .setData(ByteString.copyFrom(buffer, 0, filled))
                .build());
        filled = 0;
      }
    }

    @Override
    public void close() {
      flush();
    }
  }
}
