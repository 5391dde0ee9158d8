package dev.warren.adapters.grpc;

import dev.warren.adapters.grpc.control.EventStreams;
import dev.warren.adapters.grpc.control.WarrenApiGrpcEndpoint;
import dev.warren.adapters.grpc.interceptor.AuthorizationInterceptor;
import dev.warren.adapters.grpc.interceptor.MetricsInterceptor;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.ServerServiceDefinition;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The WarrenAPI service as both listeners serve it: the endpoint behind, in call order, metrics,
 * the listener's authentication (which sets the caller), the one authorization interceptor and the
 * not-yet-implemented answers.
 */
record ApiService(ServerServiceDefinition definition, EventStreams eventStreams) {

  static ApiService build(
      ApiUseCases useCases, MeterRegistry registry, ServerInterceptor authentication) {
    var events = new EventStreams(useCases.streamEvents());
    var endpoint =
        new WarrenApiGrpcEndpoint(
            useCases.createService(),
            useCases.getService(),
            useCases.listServices(),
            useCases.updateService(),
            useCases.deleteService(),
            useCases.getClusterInfo(),
            useCases.updateServiceImage(),
            useCases.rollbackService(),
            useCases.createSecret(),
            useCases.getSecretByName(),
            useCases.listSecrets(),
            useCases.deleteSecret(),
            useCases.createVolume(),
            useCases.getVolumeByName(),
            useCases.listVolumes(),
            useCases.deleteVolume(),
            events,
            useCases.createIngress(),
            useCases.updateIngress(),
            useCases.deleteIngress(),
            useCases.getIngress(),
            useCases.listIngresses(),
            useCases.createTlsCertificate(),
            useCases.getTlsCertificate(),
            useCases.listTlsCertificates(),
            useCases.deleteTlsCertificate(),
            useCases.generateJoinToken(),
            useCases.nodeContainers(),
            useCases.requestCertificate(),
            useCases.joinCluster());
    // The last interceptor runs first: metrics see every answer, refusals included.
    ServerServiceDefinition definition =
        ServerInterceptors.intercept(
            endpoint,
            new AuthorizationInterceptor(useCases.authorizeCall()),
            authentication,
            new MetricsInterceptor(registry));
    return new ApiService(definition, events);
  }
}
