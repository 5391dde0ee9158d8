package dev.warren.adapters.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.adapters.grpc.proto.CreateServiceRequest;
import dev.warren.adapters.grpc.proto.GetServiceRequest;
import dev.warren.adapters.grpc.proto.NodeResources;
import dev.warren.adapters.grpc.proto.RegisterNodeRequest;
import dev.warren.adapters.grpc.proto.UpdateServiceRequest;
import io.grpc.Status;
import java.util.HashMap;
import org.junit.jupiter.api.Test;

/**
 * What issue 14's fuzzer saw accepted, or echoed in full, is refused with a short INVALID_ARGUMENT
 * that names the field and the limit, and no use case sees it.
 */
class InputLimitsGrpcTest extends LoopbackServerTest {

  @Test
  void aMillionCharacterIdIsQuotedInShort() {
    Status status =
        refusal(
            () ->
                api.getService(
                    GetServiceRequest.newBuilder().setId("a".repeat(1_000_000)).build()));

    assertThat(status.getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    assertThat(status.getDescription())
        .startsWith("service id '" + "a".repeat(64) + "…' (1,000,000 characters) is invalid")
        .hasSizeLessThan(200);
  }

  @Test
  void whatNoOrchestratorShouldAcceptIsRefusedNamingTheLimit() {
    var hugeEnv = new HashMap<String, String>();
    for (int i = 0; i < 10_000; i++) {
      hugeEnv.put("K" + i, "v");
    }
    var update = UpdateServiceRequest.newBuilder().setId("svc-1");

    Status hugeImage =
        refusal(() -> api.updateService(update.clone().setImage("x".repeat(1_000_000)).build()));
    Status nulImage =
        refusal(() -> api.updateService(update.clone().setImage("nginx\u0000:1").build()));
    Status longKey =
        refusal(() -> api.updateService(update.clone().putEnv("K".repeat(10_000), "v").build()));
    Status manyEntries =
        refusal(() -> api.updateService(update.clone().putAllEnv(hugeEnv).build()));
    Status hugeNode =
        refusal(
            () ->
                api.registerNode(
                    RegisterNodeRequest.newBuilder()
                        .setId("worker-1")
                        .setRole("worker")
                        .setAddress("10.0.0.2")
                        .setResources(NodeResources.newBuilder().setCpuCores(Long.MAX_VALUE))
                        .build()));
    Status hugeSpec =
        refusal(
            () ->
                api.createService(
                    CreateServiceRequest.newBuilder()
                        .setName("web")
                        .setImage("nginx:1")
                        .setReplicas(1)
                        .putEnv("A", "x".repeat(30_000))
                        .putEnv("B", "x".repeat(30_000))
                        .putEnv("C", "x".repeat(30_000))
                        .build()));

    assertThat(hugeImage.getDescription())
        .startsWith("image '")
        .endsWith("(1,000,000 characters) is too long: the limit is 512 characters");
    assertThat(nulImage.getDescription())
        .isEqualTo("image 'nginx\\u0000:1' holds a control character; remove it");
    assertThat(longKey.getDescription()).contains("env key", "the limit is 256 characters");
    assertThat(manyEntries.getDescription()).isEqualTo("env has 10000 entries; the limit is 1000");
    assertThat(hugeNode.getDescription())
        .isEqualTo("cpu cores must be between 0 and 4096, got " + Long.MAX_VALUE);
    assertThat(hugeSpec.getDescription()).contains("the limit is 65536 (64 KiB)");
    for (Status status :
        new Status[] {hugeImage, nulImage, longKey, manyEntries, hugeNode, hugeSpec}) {
      assertThat(status.getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    }
    assertThat(useCases.requestsReceived()).isZero();
  }
}
