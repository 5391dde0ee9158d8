package dev.warren.adapters.grpc;

import dev.warren.domain.model.shared.Bytes;
import dev.warren.domain.port.in.ShareClusterKeysUseCase;
import dev.warren.domain.port.out.ClusterKeys;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/** Hands out fixed, recognisable keys and counts how often it was asked. */
final class FakeClusterKeys implements ShareClusterKeysUseCase {
  static final ClusterKeys KEYS =
      new ClusterKeys(
          Bytes.of("-----CA CERT-----".getBytes(StandardCharsets.US_ASCII)),
          Bytes.of("-----CA KEY-----".getBytes(StandardCharsets.US_ASCII)),
          Bytes.of(new byte[] {1, 2, 3, 4}));

  final AtomicInteger shared = new AtomicInteger();

  @Override
  public ClusterKeys share() {
    shared.incrementAndGet();
    return KEYS;
  }
}
