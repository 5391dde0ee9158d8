package dev.warren.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.domain.change.StateChange;
import dev.warren.domain.model.service.PublishMode;
import dev.warren.domain.port.in.ApplyOutcome;
import dev.warren.domain.port.out.EntityKind;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The table of persisted identities matches the classes and covers everything that is persisted,
 * and the codec follows the table, not the classes' names or component order.
 */
class PersistedTypesTest {

  @Test
  void everyEntryMatchesItsClassAndEveryTypeInsideAListedRecordIsListed() {
    assertThat(PersistedTypes.SCHEMA.problems()).isEmpty();
  }

  @Test
  void everyTypeTheLogTheStoreAndTheRepliesHoldIsListed() {
    var roots = new ArrayList<Class<?>>(List.of(StateChange.class, ApplyOutcome.class));
    EntityKind.all().forEach(kind -> roots.add(kind.type()));

    Set<Class<?>> persisted =
        ReachableTypes.declaredFrom(roots).stream()
            .filter(type -> !Schema.isSealedFamily(type))
            .collect(Collectors.toSet());

    assertThat(listedTypes()).containsExactlyInAnyOrderElementsOf(persisted);
  }

  @Test
  void everyListedTypeOccursInAPinnedSample() {
    assertThat(ReachableTypes.presentIn(GoldenSamples.byLabel().values()))
        .as("a type whose bytes no golden sample pins; add a sample to GoldenSamples")
        .containsAll(listedTypes());
  }

  /**
   * Swapping two fields of one type in the table changes the pinned bytes only if some sample holds
   * different values in them; so every such pair differs somewhere.
   */
  @Test
  void everyTwoFieldsOfOneTypeDifferInSomePinnedSample() {
    Map<Class<?>, List<Object>> instances =
        ReachableTypes.instancesIn(GoldenSamples.byLabel().values());
    var alwaysEqual = new ArrayList<String>();
    for (Schema.Entry entry : PersistedTypes.SCHEMA.entries()) {
      if (!(entry instanceof Schema.RecordEntry)) {
        continue;
      }
      RecordComponent[] components = entry.type().getRecordComponents();
      for (int i = 0; i < components.length; i++) {
        for (int j = i + 1; j < components.length; j++) {
          if (!components[i].getGenericType().equals(components[j].getGenericType())) {
            continue;
          }
          int first = i;
          int second = j;
          boolean differ =
              instances.getOrDefault(entry.type(), List.of()).stream()
                  .anyMatch(
                      value ->
                          !Objects.equals(
                              read(value, components[first]), read(value, components[second])));
          if (!differ) {
            alwaysEqual.add(
                entry.tag() + "." + components[i].getName() + "/" + components[j].getName());
          }
        }
      }
    }
    assertThat(alwaysEqual).as("fields whose order no pinned sample shows").isEmpty();
  }

  private static Object read(Object record, RecordComponent component) {
    try {
      return component.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aRenamedComponentIsRefusedWithWhatToDo() {
    var codecs = codecs(Schema.builder().record(Point.class, "Point", "x", "why"));

    assertThatThrownBy(() -> DomainCodec.encode(codecs, new Point(1, 2)))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("the persisted record " + Point.class.getName())
        .hasMessageContaining("fields listed there that are not components [why]")
        .hasMessageContaining("components not listed there [y]")
        .hasMessageContaining(Schema.WHAT_TO_DO);
  }

  @Test
  void anAddedOrRemovedComponentIsRefused() {
    var added = codecs(Schema.builder().record(Point.class, "Point", "x"));
    var removed = codecs(Schema.builder().record(Point.class, "Point", "x", "y", "z"));

    assertThatThrownBy(() -> DomainCodec.encode(added, new Point(1, 2)))
        .hasMessageContaining("components not listed there [y]");
    assertThatThrownBy(() -> DomainCodec.encode(removed, new Point(1, 2)))
        .hasMessageContaining("fields listed there that are not components [z]");
    assertThat(
            Schema.builder().record(Point.class, "Point", "x", "y", "z").build().problems())
        .singleElement()
        .asString()
        .contains(Point.class.getName(), Schema.WHAT_TO_DO);
  }

  @Test
  void aRenamedOrAddedEnumConstantIsRefused() {
    var codecs =
        codecs(
            PersistedTypes.SCHEMA.toBuilder()
                .replace(
                    new Schema.EnumEntry(
                        PublishMode.class, "PublishMode", Set.of("HOST", "MESH"))));

    assertThatThrownBy(() -> DomainCodec.encode(codecs, PublishMode.HOST))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("names listed there that are not constants [MESH]")
        .hasMessageContaining("constants not listed there [INGRESS]")
        .hasMessageContaining(Schema.ENUM_WHAT_TO_DO);
  }

  @Test
  void aTypeWithoutAnEntryCannotBeEncodedNorHeldByOne() {
    var codecs = codecs(Schema.builder().record(Line.class, "Line", "from", "to"));

    assertThatThrownBy(() -> DomainCodec.encode(codecs, new Point(1, 2)))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining(Point.class.getName() + " has no entry in");
    assertThatThrownBy(() -> DomainCodec.encode(codecs, new Line(new Point(0, 0), new Point(1, 1))))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("has no entry in")
        .hasMessageContaining("(at from)");
  }

  @Test
  void reorderingComponentsOrRenamingTheClassKeepsTheBytes() {
    var original = codecs(Schema.builder().record(Point.class, "Point", "x", "y"));
    var reordered = codecs(Schema.builder().record(SwappedPoint.class, "Point", "x", "y"));

    byte[] bytes = DomainCodec.encode(original, new Point(1, 2));

    assertThat(DomainCodec.encode(reordered, new SwappedPoint(2, 1))).isEqualTo(bytes);
    assertThat(DomainCodec.decode(DomainCodec.readers(reordered), SwappedPoint.class, bytes))
        .isEqualTo(new SwappedPoint(2, 1));
  }

  @Test
  void tagsAndTypesAreListedOnce() {
    assertThatThrownBy(
            () ->
                Schema.builder()
                    .record(Point.class, "Point", "x", "y")
                    .record(SwappedPoint.class, "Point", "y", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tag 'Point' is given to");
    assertThatThrownBy(
            () ->
                Schema.builder()
                    .record(Point.class, "Point", "x", "y")
                    .record(Point.class, "OtherPoint", "x", "y"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is listed twice");
  }

  /**
   * How a later version adds a field: its reader of the earlier version lists the earlier fields
   * and gives the new component a default, so bytes written by the earlier release still load.
   */
  @Test
  void anEarlierVersionIsReadByItsOwnEntriesWithDefaultsForNewComponents() {
    var version1 = new Codecs(1, Schema.builder().record(Point.class, "Point", "x", "y").build());
    byte[] writtenByVersion1 = DomainCodec.encode(version1, new Point(3, 4));

    var version2 =
        new Codecs(
            2, Schema.builder().record(LabelledPoint.class, "Point", "x", "y", "label").build());
    var version2ReadingVersion1 =
        new Codecs(
            1,
            Schema.builder()
                .add(
                    new Schema.RecordEntry(
                        LabelledPoint.class, "Point", List.of("x", "y"), Map.of("label", "none")))
                .build());
    Map<Integer, Codecs> readers = DomainCodec.readers(version2, version2ReadingVersion1);

    assertThat(DomainCodec.decode(readers, LabelledPoint.class, writtenByVersion1))
        .isEqualTo(new LabelledPoint(3, 4, "none"));
    byte[] writtenByVersion2 = DomainCodec.encode(version2, new LabelledPoint(3, 4, "a"));
    assertThat(writtenByVersion2[0]).isEqualTo((byte) 2);
    assertThat(DomainCodec.decode(readers, LabelledPoint.class, writtenByVersion2))
        .isEqualTo(new LabelledPoint(3, 4, "a"));
    assertThatThrownBy(
            () -> DomainCodec.decode(DomainCodec.readers(version2), Point.class, writtenByVersion1))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("unsupported format version 1; this build reads versions [2]");
  }

  private static Set<Class<?>> listedTypes() {
    return PersistedTypes.SCHEMA.entries().stream()
        .map(Schema.Entry::type)
        .collect(Collectors.toSet());
  }

  private static Codecs codecs(Schema.Builder builder) {
    return new Codecs(DomainCodec.FORMAT_VERSION, builder.build());
  }

  public record Point(int x, int y) {}

  public record SwappedPoint(int y, int x) {}

  public record LabelledPoint(int x, int y, String label) {}

  public record Line(Point from, Point to) {}
}
