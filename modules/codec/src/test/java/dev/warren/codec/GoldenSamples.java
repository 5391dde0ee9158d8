package dev.warren.codec;

import dev.warren.domain.change.StateChange;
import dev.warren.domain.error.ErrorKind;
import dev.warren.domain.model.certificate.CertificateId;
import dev.warren.domain.model.certificate.TlsCertificate;
import dev.warren.domain.model.ingress.Ingress;
import dev.warren.domain.model.ingress.IngressBackend;
import dev.warren.domain.model.ingress.IngressId;
import dev.warren.domain.model.ingress.IngressPath;
import dev.warren.domain.model.ingress.IngressRule;
import dev.warren.domain.model.ingress.IngressTls;
import dev.warren.domain.model.ingress.PathType;
import dev.warren.domain.model.secret.SealedData;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.service.ServiceId;
import dev.warren.domain.model.shared.Bytes;
import dev.warren.domain.model.shared.Version;
import dev.warren.domain.port.in.ApplyOutcome;
import dev.warren.domain.port.out.EntityKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The values whose bytes are pinned: every state change (log entries), a sample of every entity
 * kind (store values, and so the content of snapshots), every apply outcome (replies between
 * managers) and every enum constant, each under a label that is unique in the pinned file.
 */
final class GoldenSamples {
  private GoldenSamples() {}

  /** Every pinned value by label, in a fixed order. */
  static Map<String, Object> byLabel() {
    var values = new ArrayList<Object>();
    values.addAll(RichSamples.everyChange());
    Map<EntityKind<?>, List<Object>> entities = RichSamples.entitiesByKind();
    for (EntityKind<?> kind : EntityKind.all()) {
      values.addAll(entities.get(kind));
    }
    values.add(serviceWithExecProbe());
    values.add(importedCertificate());
    values.add(ingressWithNamedCertificate());
    values.add(new ApplyOutcome.Applied(7));
    values.add(new ApplyOutcome.Rejected(8, ErrorKind.ALREADY_EXISTS, "service web exists"));
    values.add(new ApplyOutcome.AlreadyApplied(9));
    var labelled = new LinkedHashMap<String, Object>();
    var seen = new HashMap<String, Integer>();
    for (Object value : values) {
      String tag = tagOf(value);
      int count = seen.merge(tag, 1, Integer::sum);
      labelled.put(count == 1 ? tag : tag + "#" + count, value);
    }
    // Every constant of every enum: constants are stored by name, and most are in no sample above.
    for (Schema.Entry entry : PersistedTypes.SCHEMA.entries()) {
      if (entry instanceof Schema.EnumEntry enumeration) {
        for (Object constant : entry.type().getEnumConstants()) {
          labelled.put(enumeration.tag() + "." + ((Enum<?>) constant).name(), constant);
        }
      }
    }
    return labelled;
  }

  /** The one probe variant the rich samples do not hold. */
  private static Service serviceWithExecProbe() {
    return new Service(
        ServiceId.of("svc-3"),
        RichSamples.spec("batch", RichSamples.everyProbe().getLast()),
        Optional.empty(),
        new Version(2),
        RichSamples.CREATED,
        RichSamples.UPDATED);
  }

  /** A certificate made before it was stored, so its validity start and creation differ. */
  static TlsCertificate importedCertificate() {
    return new TlsCertificate(
        CertificateId.of("cert-2"),
        "imported",
        List.of("api.example.com"),
        Bytes.of(new byte[] {'p', 'e', 'm'}),
        new SealedData("key-3", Bytes.of(new byte[] {4, 5})),
        "Example CA",
        RichSamples.CREATED.minusSeconds(3600),
        RichSamples.UPDATED,
        false,
        Map.of(),
        RichSamples.CREATED,
        RichSamples.CREATED);
  }

  /** TLS on with a named certificate rather than an automatic one. */
  static Ingress ingressWithNamedCertificate() {
    return new Ingress(
        IngressId.of("ing-2"),
        "internal",
        List.of(
            new IngressRule(
                "api.example.com",
                List.of(new IngressPath("/", PathType.PREFIX, new IngressBackend("api", 9090))))),
        Optional.of(new IngressTls(true, "imported", List.of("api.example.com"), false, "")),
        Map.of(),
        RichSamples.CREATED,
        RichSamples.UPDATED);
  }

  /** The type a label's value is decoded as: the family for changes and outcomes. */
  static Class<?> decodedAs(Object value) {
    if (value instanceof StateChange) {
      return StateChange.class;
    }
    if (value instanceof ApplyOutcome) {
      return ApplyOutcome.class;
    }
    return Codecs.classOf(value);
  }

  /** The tag the format writes before a top-level value, so labels survive class renames. */
  static String tagOf(Object value) {
    return PersistedTypes.SCHEMA.tagOf(Codecs.classOf(value));
  }
}
