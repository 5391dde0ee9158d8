package dev.warren.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.domain.change.ServiceChange;
import dev.warren.domain.change.StateChange;
import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.model.ingress.PathType;
import dev.warren.domain.model.service.HealthProbe;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.service.ServiceSpec;
import dev.warren.domain.model.shared.Bytes;
import dev.warren.domain.model.shared.Version;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.port.out.EntityKind;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

public class DomainCodecTest {
  /** The production schema plus this test's own records. */
  private static final Codecs WITH_TEST_RECORDS =
      new Codecs(
          DomainCodec.FORMAT_VERSION,
          PersistedTypes.SCHEMA.toBuilder()
              .record(Counters.class, "Counters", "counts")
              .record(Holder.class, "Holder", "items")
              .record(WithSet.class, "WithSet", "names")
              .record(
                  EveryType.class,
                  "EveryType",
                  "flag",
                  "boxedFlag",
                  "number",
                  "boxedNumber",
                  "big",
                  "boxedBig",
                  "real",
                  "boxedReal",
                  "text",
                  "instant",
                  "raw",
                  "bytes",
                  "nested",
                  "lists",
                  "byEnum",
                  "type")
              .build());

  private static byte[] encodeTestRecord(Object value) {
    return DomainCodec.encode(WITH_TEST_RECORDS, value);
  }

  private static <T> T decodeTestRecord(Class<T> type, byte[] bytes) {
    return DomainCodec.decode(DomainCodec.readers(WITH_TEST_RECORDS), type, bytes);
  }

  @Test
  void roundTripsEveryStateChangeVariant() {
    List<StateChange> changes = RichSamples.everyChange();
    assertThat(changes.stream().map(Object::getClass).collect(Collectors.toSet()))
        .containsExactlyInAnyOrderElementsOf(RichSamples.leafVariants(StateChange.class));

    for (StateChange change : changes) {
      byte[] bytes = DomainCodec.encode(change);
      assertThat(DomainCodec.decode(StateChange.class, bytes)).isEqualTo(change);
      assertThat(DomainCodec.decode(change.getClass(), bytes)).isEqualTo(change);
    }
  }

  @Test
  void roundTripsEveryEntityKind() {
    Map<EntityKind<?>, List<Object>> samples = RichSamples.entitiesByKind();
    assertThat(samples.keySet()).containsExactlyInAnyOrderElementsOf(EntityKind.all());

    samples.forEach(
        (kind, entities) -> {
          for (Object entity : entities) {
            assertThat(DomainCodec.decode(kind.type(), DomainCodec.encode(entity)))
                .as(kind.name())
                .isEqualTo(entity);
          }
        });
  }

  @Test
  void roundTripsEveryHealthProbeVariantInsideAService() {
    assertThat(RichSamples.everyProbe().stream().map(Object::getClass).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(HealthProbe.class.getPermittedSubclasses());

    for (HealthProbe probe : RichSamples.everyProbe()) {
      ServiceSpec spec = RichSamples.spec("web", probe);
      assertThat(DomainCodec.decode(ServiceSpec.class, DomainCodec.encode(spec))).isEqualTo(spec);
      assertThat(DomainCodec.decode(HealthProbe.class, DomainCodec.encode(probe))).isEqualTo(probe);
    }
  }

  @Test
  void decodedMapsKeepTheDomainsSortedOrder() {
    Service decoded = DomainCodec.decode(Service.class, DomainCodec.encode(RichSamples.service()));

    assertThat(decoded.spec().env().keySet()).containsExactly("A_KEY", "B_KEY", "EMPTY");
  }

  @Test
  void equalValuesEncodeToEqualBytes() {
    Service first = RichSamples.service();
    Service second = DomainCodec.decode(Service.class, DomainCodec.encode(RichSamples.service()));
    assertThat(first).isNotSameAs(second).isEqualTo(second);

    assertThat(DomainCodec.encode(first)).isEqualTo(DomainCodec.encode(second));
  }

  @Test
  void unsortedMapsEncodeTheSameWhateverTheirInsertionOrder() {
    var forwards = new LinkedHashMap<String, Long>();
    var backwards = new LinkedHashMap<String, Long>();
    for (int i = 0; i < 50; i++) {
      forwards.put("key-" + i, (long) i);
      backwards.put("key-" + (49 - i), (long) (49 - i));
    }

    assertThat(encodeTestRecord(new Counters(forwards)))
        .isEqualTo(encodeTestRecord(new Counters(backwards)))
        .isEqualTo(encodeTestRecord(new Counters(new HashMap<>(forwards))));
    assertThat(decodeTestRecord(Counters.class, encodeTestRecord(new Counters(forwards))))
        .isEqualTo(new Counters(forwards));
  }

  @Test
  void theFormatOfASmallValueIsStable() {
    // version 3, tag "Version" (7 bytes), value 5 zig-zagged to 10
    assertThat(HexFormat.of().formatHex(DomainCodec.encode(new Version(5))))
        .isEqualTo("0307" + hex("Version") + "0a");
  }

  @Test
  void roundTripsEverySupportedValueType() {
    var value =
        new EveryType(
            true,
            false,
            Integer.MIN_VALUE,
            Integer.MAX_VALUE,
            Long.MIN_VALUE,
            -1L,
            -0.5,
            Double.NaN,
            "ünïcødé ✓ 𝄞",
            Instant.ofEpochSecond(-1_000_000_000L, 999_999_999),
            new byte[] {1, 2, 3},
            Bytes.empty(),
            Optional.of(Optional.empty()),
            List.of(List.of(), List.of("a", "")),
            Map.of(PathType.EXACT, 1L, PathType.PREFIX, -2L),
            PathType.PREFIX);

    EveryType decoded = decodeTestRecord(EveryType.class, encodeTestRecord(value));

    assertThat(decoded)
        .usingRecursiveComparison()
        .withEqualsForType(Double::equals, Double.class)
        .isEqualTo(value);
    assertThat(decoded.raw()).containsExactly(1, 2, 3);
  }

  @Test
  void roundTripsTopLevelLeafValues() {
    for (Object value :
        List.of(
            "text", 42, 42L, true, 2.5, Instant.EPOCH, Bytes.of(new byte[] {7}), PathType.EXACT)) {
      assertThat(DomainCodec.decode(value.getClass(), DomainCodec.encode(value))).isEqualTo(value);
    }
    assertThat(DomainCodec.decode(int.class, DomainCodec.encode(7))).isEqualTo(7);
  }

  @Test
  void everyTruncationOfAValidEncodingIsACodecException() {
    byte[] bytes = DomainCodec.encode(new ServiceChange.ServiceCreated(RichSamples.service()));

    for (int length = 0; length < bytes.length; length++) {
      byte[] truncated = Arrays.copyOf(bytes, length);
      assertThatThrownBy(() -> DomainCodec.decode(StateChange.class, truncated))
          .as("truncated to %d bytes", length)
          .isInstanceOf(CodecException.class);
    }
  }

  @Test
  void garbageInputIsACodecExceptionNeverAnotherFailure() {
    var random = new Random(20261125L);
    byte[] valid = DomainCodec.encode(RichSamples.task());

    for (int round = 0; round < 2_000; round++) {
      byte[] garbage = valid.clone();
      for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
        garbage[1 + random.nextInt(garbage.length - 1)] = (byte) random.nextInt(256);
      }
      try {
        assertThat(DomainCodec.decode(Task.class, garbage)).isInstanceOf(Task.class);
      } catch (CodecException expected) {
        assertThat(expected.getMessage()).startsWith("cannot decode Task from");
      }
    }
  }

  @Test
  void trailingBytesAreRejected() {
    byte[] valid = DomainCodec.encode(new Version(3));
    byte[] longer = Arrays.copyOf(valid, valid.length + 1);

    assertThatThrownBy(() -> DomainCodec.decode(Version.class, longer))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("trailing bytes");
  }

  @Test
  void unknownFormatVersionIsRejected() {
    byte[] bytes = DomainCodec.encode(RichSamples.node());
    bytes[0] = (byte) (DomainCodec.FORMAT_VERSION + 1);

    assertThatThrownBy(() -> DomainCodec.decode(dev.warren.domain.model.node.Node.class, bytes))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("unsupported format version " + (DomainCodec.FORMAT_VERSION + 1));
  }

  @Test
  void unknownStateChangeVariantIsRejected() {
    byte[] bytes = concat(new byte[] {1, 14}, ascii("ServiceRenamed"), new byte[] {0});

    assertThatThrownBy(() -> DomainCodec.decode(StateChange.class, bytes))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("unknown StateChange variant 'ServiceRenamed'");
  }

  @Test
  void unknownNestedVariantIsRejectedNamingWhereItWas() {
    ServiceSpec spec = RichSamples.spec("web", new HealthProbe.Tcp(80));
    byte[] bytes = replace(DomainCodec.encode(spec), "Tcp", "Udp");

    assertThatThrownBy(() -> DomainCodec.decode(ServiceSpec.class, bytes))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("unknown HealthProbe variant 'Udp'")
        .hasMessageContaining("at healthCheck.probe");
  }

  @Test
  void unknownEnumConstantIsRejected() {
    byte[] bytes =
        replace(
            DomainCodec.encode(RichSamples.spec("web", new HealthProbe.Tcp(80))),
            "GLOBAL",
            "GLOBUL");

    assertThatThrownBy(() -> DomainCodec.decode(ServiceSpec.class, bytes))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("unknown ServiceMode constant 'GLOBUL'")
        .hasMessageContaining("at mode");
  }

  @Test
  void valuesTheDomainRejectsAreACodecExceptionWithTheDomainsReason() {
    byte[] bytes = DomainCodec.encode(new Version(5));
    bytes[bytes.length - 1] = 0;

    assertThatThrownBy(() -> DomainCodec.decode(Version.class, bytes))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("version must be at least 1")
        .hasCauseInstanceOf(InvalidSpecException.class);
  }

  @Test
  void bytesOfAnotherTypeAreRejected() {
    byte[] bytes = DomainCodec.encode(RichSamples.node());

    assertThatThrownBy(() -> DomainCodec.decode(Service.class, bytes))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("the bytes hold a Node, not a Service");
  }

  @Test
  void nullsCannotBeEncodedAndTheMessageNamesTheComponent() {
    assertThatThrownBy(() -> encodeTestRecord(new Holder(List.of(new Counters(null)))))
        .isInstanceOf(CodecException.class)
        .hasMessage(
            "cannot encode Holder: null value; the format has no nulls (at items[0].counts)");
  }

  @Test
  void unsupportedTypesAreRejectedWhenEncoding() {
    assertThatThrownBy(() -> encodeTestRecord(new WithSet(Set.of("a"))))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("unsupported type java.util.Set<java.lang.String>")
        .hasMessageContaining("at names");
  }

  @Test
  void hugeCountsInCorruptInputFailWithoutAllocating() {
    byte[] header = concat(new byte[] {(byte) DomainCodec.FORMAT_VERSION, 8}, ascii("Counters"));
    byte[] bytes = concat(header, new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x7F});

    assertThatThrownBy(() -> decodeTestRecord(Counters.class, bytes))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("exceeds the 0 bytes left");
  }

  public record Counters(Map<String, Long> counts) {}

  public record Holder(List<Counters> items) {}

  public record WithSet(Set<String> names) {}

  public record EveryType(
      boolean flag,
      Boolean boxedFlag,
      int number,
      Integer boxedNumber,
      long big,
      Long boxedBig,
      double real,
      Double boxedReal,
      String text,
      Instant instant,
      byte[] raw,
      Bytes bytes,
      Optional<Optional<String>> nested,
      List<List<String>> lists,
      Map<PathType, Long> byEnum,
      PathType type) {}

  private static String hex(String text) {
    return HexFormat.of().formatHex(ascii(text));
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] concat(byte[]... parts) {
    var out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  /** Replaces the one occurrence of {@code from} (same length as {@code to}). */
  private static byte[] replace(byte[] bytes, String from, String to) {
    byte[] needle = ascii(from);
    for (int i = 0; i + needle.length <= bytes.length; i++) {
      if (Arrays.equals(bytes, i, i + needle.length, needle, 0, needle.length)) {
        byte[] copy = bytes.clone();
        System.arraycopy(ascii(to), 0, copy, i, needle.length);
        return copy;
      }
    }
    throw new AssertionError(from + " not found");
  }
}
