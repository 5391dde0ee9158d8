/**
 * The server side of warren.v1: every RPC declared exactly once, in the group of its resource
 * ({@code ServiceRpcs}, {@code NodeRpcs}, {@code ContainerRpcs}, {@code SecretRpcs}, {@code
 * VolumeRpcs}, {@code IngressRpcs}, {@code TlsCertificateRpcs}, {@code ClusterRpcs}, {@code
 * EventRpcs}), as a {@link dev.warren.adapters.grpc.control.ServerRpc}: the generated method, the
 * operation with its effect and access rule, the subject a worker rule looks at, and the handler
 * that maps the request, calls the group's use case and maps the answer.
 *
 * <p>Everything else is derived from these declarations: the service definition (built from the
 * proto's service descriptor, so a missing or doubled RPC stops the server from starting), the
 * authorization interceptor's lookup, the metrics' method names (the same method descriptors), and
 * the authorization table itself. The declaration carries the domain-level {@link
 * dev.warren.domain.model.security.AccessRule} (roles, worker on itself, anonymous); the decision
 * what a rule means for a caller stays in the application, behind {@link
 * dev.warren.domain.port.in.AuthorizeCallUseCase}. So the adapter says which rule an RPC has, once,
 * next to what the RPC does, and the hexagon's inside still decides; adding an RPC touches the
 * proto, one handler, one group and its tests.
 *
 * <p>Handlers block their call's virtual thread; failures become statuses through {@link
 * dev.warren.adapters.grpc.status.StatusMapper}. Reads are linearizable: warren.v1 has no way to
 * ask for less.
 */
package dev.warren.adapters.grpc.control;
