package dev.warren.adapters.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.adapters.grpc.interceptor.ReadConsistencyInterceptor;
import dev.warren.adapters.grpc.proto.GetServiceRequest;
import dev.warren.adapters.grpc.proto.ListServicesRequest;
import dev.warren.domain.model.service.ServiceSpec;
import dev.warren.domain.port.in.ReadConsistency;
import dev.warren.domain.port.in.ServiceRef;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.stub.MetadataUtils;
import org.junit.jupiter.api.Test;

/**
 * Reads are linearizable unless the client sends {@code warren-read-consistency: stale}; the use
 * case is told which, whatever the client's own request object said.
 */
class ReadConsistencyGrpcTest extends LoopbackServerTest {

  @Test
  void aReadWithoutTheHeaderIsLinearizable() {
    var web = useCases.put(ServiceSpec.of("web", "nginx", 1));

    client.get(
        new dev.warren.domain.port.in.GetServiceRequest(
            new ServiceRef.ById(web.id()), ReadConsistency.LOCAL));

    assertThat(useCases.requests)
        .containsExactly(
            new dev.warren.domain.port.in.GetServiceRequest(
                new ServiceRef.ById(web.id()), ReadConsistency.LINEARIZABLE));
  }

  @Test
  void aClientMadeForStaleReadsAsksForThemOnEveryRead() {
    var web = useCases.put(ServiceSpec.of("web", "nginx", 1));
    var stale = TLS.adminClient(server.port(), DEADLINE).withStaleReads();
    try {
      stale.get(
          new dev.warren.domain.port.in.GetServiceRequest(
              new ServiceRef.ByName("web"), ReadConsistency.LINEARIZABLE));
      stale.list(new dev.warren.domain.port.in.ListServicesRequest(ReadConsistency.LINEARIZABLE));
    } finally {
      stale.close();
    }

    assertThat(useCases.requests)
        .containsExactly(
            new dev.warren.domain.port.in.GetServiceRequest(
                new ServiceRef.ByName("web"), ReadConsistency.LOCAL),
            new dev.warren.domain.port.in.ListServicesRequest(ReadConsistency.LOCAL));
    assertThat(web.name()).isEqualTo("web");
  }

  @Test
  void theHeaderSpelledLinearizableIsTheDefaultAndAnythingElseIsRefusedAsInvalid() {
    useCases.put(ServiceSpec.of("web", "nginx", 1));

    api.withInterceptors(header("Linearizable"))
        .getService(GetServiceRequest.newBuilder().setName("web").build());
    assertRefused(
            () ->
                api.withInterceptors(header("eventual"))
                    .listServices(ListServicesRequest.getDefaultInstance()),
            Status.Code.INVALID_ARGUMENT)
        .isEqualTo(
            "warren-read-consistency must be 'linearizable' or 'stale', not 'eventual'; leave it"
                + " out for a linearizable read");

    assertThat(useCases.requests)
        .containsExactly(
            new dev.warren.domain.port.in.GetServiceRequest(
                new ServiceRef.ByName("web"), ReadConsistency.LINEARIZABLE));
  }

  private static io.grpc.ClientInterceptor header(String value) {
    var headers = new Metadata();
    headers.put(
        Metadata.Key.of(ReadConsistencyInterceptor.HEADER, Metadata.ASCII_STRING_MARSHALLER),
        value);
    return MetadataUtils.newAttachHeadersInterceptor(headers);
  }
}
