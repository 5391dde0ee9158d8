package dev.warren.adapters.grpc.mapping;

import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.model.ingress.Ingress;
import dev.warren.domain.model.ingress.IngressBackend;
import dev.warren.domain.model.ingress.IngressId;
import dev.warren.domain.model.ingress.IngressPath;
import dev.warren.domain.model.ingress.IngressRule;
import dev.warren.domain.model.ingress.IngressTls;
import dev.warren.domain.model.ingress.PathType;
import dev.warren.domain.model.shared.WireEnum;
import dev.warren.domain.port.in.CreateIngressRequest;
import dev.warren.domain.port.in.IngressRef;
import dev.warren.domain.port.in.UpdateIngressRequest;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Ingresses and their requests to and from warren.v1 messages. Every field round-trips. Proto3
 * defaults: an absent {@code tls} is no TLS section; path_type "" is Prefix; an absent backend is
 * rejected (it has no service). Requests name an ingress by id when set, else by name.
 *
 * <p>All {@code toDomain} methods throw {@link dev.warren.domain.error.InvalidSpecException},
 * naming the field, when a message does not make a valid domain value.
 */
public final class IngressProtoMapper {
  private IngressProtoMapper() {}

  public static dev.warren.adapters.grpc.proto.Ingress toProto(Ingress ingress) {
    var message =
        dev.warren.adapters.grpc.proto.Ingress.newBuilder()
            .setId(ingress.id().value())
            .setName(ingress.name())
            .addAllRules(rulesToProto(ingress.rules()))
            .putAllLabels(ingress.labels())
            .setCreatedAt(TimestampProtoMapper.toProto(ingress.createdAt()))
            .setUpdatedAt(TimestampProtoMapper.toProto(ingress.updatedAt()));
    ingress.tls().ifPresent(tls -> message.setTls(toProto(tls)));
    return message.build();
  }

  public static Ingress toDomain(dev.warren.adapters.grpc.proto.Ingress message) {
    return new Ingress(
        IngressId.of(message.getId()),
        message.getName(),
        rulesToDomain(message.getRulesList()),
        message.hasTls() ? Optional.of(toDomain(message.getTls())) : Optional.empty(),
        message.getLabelsMap(),
        TimestampProtoMapper.toInstant(message.getCreatedAt()),
        TimestampProtoMapper.toInstant(message.getUpdatedAt()));
  }

  public static CreateIngressRequest toDomain(
      dev.warren.adapters.grpc.proto.CreateIngressRequest request) {
    return new CreateIngressRequest(
        request.getName(),
        rulesToDomain(request.getRulesList()),
        request.hasTls() ? Optional.of(toDomain(request.getTls())) : Optional.empty(),
        request.getLabelsMap());
  }

  public static dev.warren.adapters.grpc.proto.CreateIngressRequest toProto(
      CreateIngressRequest request) {
    var message =
        dev.warren.adapters.grpc.proto.CreateIngressRequest.newBuilder()
            .setName(request.name())
            .addAllRules(rulesToProto(request.rules()))
            .putAllLabels(request.labels());
    request.tls().ifPresent(tls -> message.setTls(toProto(tls)));
    return message.build();
  }

  /**
   * The update an UpdateIngress message asks for. As in Warren, a message with an id names the
   * ingress by it, and a name beside the id is the ingress's (possibly new) name; without an id the
   * name only names the ingress.
   */
  public static UpdateIngressRequest toDomain(
      dev.warren.adapters.grpc.proto.UpdateIngressRequest request) {
    IngressRef ref = IngressRef.of(request.getId(), request.getName());
    return new UpdateIngressRequest(
        ref,
        rulesToDomain(request.getRulesList()),
        request.hasTls() ? Optional.of(toDomain(request.getTls())) : Optional.empty(),
        request.getLabelsMap(),
        ref instanceof IngressRef.ById && !request.getName().isEmpty()
            ? Optional.of(request.getName())
            : Optional.empty());
  }

  public static dev.warren.adapters.grpc.proto.UpdateIngressRequest toProto(
      UpdateIngressRequest request) {
    var message =
        dev.warren.adapters.grpc.proto.UpdateIngressRequest.newBuilder()
            .addAllRules(rulesToProto(request.rules()))
            .putAllLabels(request.labels());
    switch (request.ingress()) {
      case IngressRef.ById byId -> message.setId(byId.id().value());
      case IngressRef.ByName byName -> {
        if (request.newName().filter(name -> !name.equals(byName.name())).isPresent()) {
          throw new InvalidSpecException(
              "ingress "
                  + byName.name()
                  + " can be renamed over warren.v1 only when named by id (the name field is"
                  + " either the lookup key or the new name)");
        }
        message.setName(byName.name());
      }
    }
    request.newName().ifPresent(message::setName);
    request.tls().ifPresent(tls -> message.setTls(toProto(tls)));
    return message.build();
  }

  /** The GetIngress request naming {@code ref}. */
  public static dev.warren.adapters.grpc.proto.GetIngressRequest toGetRequest(IngressRef ref) {
    var message = dev.warren.adapters.grpc.proto.GetIngressRequest.newBuilder();
    name(ref, message::setId, message::setName);
    return message.build();
  }

  /** The DeleteIngress request naming {@code ref}. */
  public static dev.warren.adapters.grpc.proto.DeleteIngressRequest toDeleteRequest(
      IngressRef ref) {
    var message = dev.warren.adapters.grpc.proto.DeleteIngressRequest.newBuilder();
    name(ref, message::setId, message::setName);
    return message.build();
  }

  /** Sets the request's id or its name, whichever {@code ref} holds (the other stays empty). */
  private static void name(IngressRef ref, Consumer<String> setId, Consumer<String> setName) {
    switch (ref) {
      case IngressRef.ById byId -> setId.accept(byId.id().value());
      case IngressRef.ByName byName -> setName.accept(byName.name());
    }
  }

  static List<dev.warren.adapters.grpc.proto.IngressRule> rulesToProto(List<IngressRule> rules) {
    return rules.stream().map(IngressProtoMapper::toProto).toList();
  }

  static List<IngressRule> rulesToDomain(List<dev.warren.adapters.grpc.proto.IngressRule> rules) {
    return rules.stream().map(IngressProtoMapper::toDomain).toList();
  }

  static dev.warren.adapters.grpc.proto.IngressRule toProto(IngressRule rule) {
    return dev.warren.adapters.grpc.proto.IngressRule.newBuilder()
        .setHost(rule.host())
        .addAllPaths(rule.paths().stream().map(IngressProtoMapper::toProto).toList())
        .build();
  }

  static IngressRule toDomain(dev.warren.adapters.grpc.proto.IngressRule rule) {
    return new IngressRule(
        rule.getHost(), rule.getPathsList().stream().map(IngressProtoMapper::toDomain).toList());
  }

  static dev.warren.adapters.grpc.proto.IngressPath toProto(IngressPath path) {
    return dev.warren.adapters.grpc.proto.IngressPath.newBuilder()
        .setPath(path.path())
        .setPathType(path.pathType().wireName())
        .setBackend(
            dev.warren.adapters.grpc.proto.IngressBackend.newBuilder()
                .setServiceName(path.backend().serviceName())
                .setPort(path.backend().port()))
        .build();
  }

  static IngressPath toDomain(dev.warren.adapters.grpc.proto.IngressPath path) {
    return new IngressPath(
        path.getPath(),
        WireEnum.parseOr(PathType.class, "ingress path type", path.getPathType(), PathType.PREFIX),
        new IngressBackend(path.getBackend().getServiceName(), path.getBackend().getPort()));
  }

  static dev.warren.adapters.grpc.proto.IngressTLS toProto(IngressTls tls) {
    return dev.warren.adapters.grpc.proto.IngressTLS.newBuilder()
        .setEnabled(tls.enabled())
        .setSecretName(tls.secretName())
        .addAllHosts(tls.hosts())
        .setAutoTls(tls.autoTls())
        .setEmail(tls.email())
        .build();
  }

  static IngressTls toDomain(dev.warren.adapters.grpc.proto.IngressTLS tls) {
    return new IngressTls(
        tls.getEnabled(),
        tls.getSecretName(),
        tls.getHostsList(),
        tls.getAutoTls(),
        tls.getEmail());
  }
}
