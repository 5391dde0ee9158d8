package dev.warren.adapters.storage.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.codec.DomainCodec;
import dev.warren.domain.model.node.Node;
import dev.warren.domain.model.service.Service;
import dev.warren.testkit.SampleEntities;
import java.util.Arrays;
import jetbrains.exodus.ArrayByteIterable;
import jetbrains.exodus.ByteIterable;
import org.junit.jupiter.api.Test;

class DecodedEntitiesTest {
  private final DecodedEntities decoded = new DecodedEntities();

  @Test
  void equalBytesReturnTheEntityDecodedBefore() {
    Service web = SampleEntities.service("svc-1", "web");

    Service first = decoded.decode(Service.class, "svc-1", stored(web));
    Service second = decoded.decode(Service.class, "svc-1", stored(web));

    assertThat(first).isEqualTo(web);
    assertThat(second).isSameAs(first);
  }

  @Test
  void changedBytesAreDecodedAgain() {
    Service before = SampleEntities.service("svc-1", "web");
    Service after = SampleEntities.service("svc-1", "api");
    decoded.decode(Service.class, "svc-1", stored(before));

    assertThat(decoded.decode(Service.class, "svc-1", stored(after))).isEqualTo(after);
    assertThat(decoded.decode(Service.class, "svc-1", stored(before))).isEqualTo(before);
  }

  @Test
  void bytesInALargerBufferAreComparedOnlyUpToTheirLength() {
    Service web = SampleEntities.service("svc-1", "web");
    byte[] exact = DomainCodec.encode(web);
    byte[] padded = Arrays.copyOf(exact, exact.length + 16);
    decoded.decode(Service.class, "svc-1", new ArrayByteIterable(exact));

    Service fromPadded =
        decoded.decode(Service.class, "svc-1", new ArrayByteIterable(padded, exact.length));

    assertThat(fromPadded).isEqualTo(web);
  }

  @Test
  void entitiesOfDifferentTypesUnderTheSameIdAreKeptApart() {
    Service service = SampleEntities.service("shared-id", "web");
    Node node = SampleEntities.node("shared-id");

    decoded.decode(Service.class, "shared-id", stored(service));
    Node fromNodeBytes =
        decoded.decode(Node.class, "shared-id", new ArrayByteIterable(DomainCodec.encode(node)));

    assertThat(fromNodeBytes).isEqualTo(node);
    assertThat(decoded.decode(Service.class, "shared-id", stored(service))).isEqualTo(service);
    assertThat(decoded.size()).isEqualTo(2);
  }

  @Test
  void itEmptiesItselfInsteadOfGrowingPastItsBound() {
    for (int i = 0; i <= DecodedEntities.MAX_ENTRIES; i++) {
      decoded.decode(Service.class, "svc-" + i, stored(SampleEntities.service("svc-1", "web")));
    }

    assertThat(decoded.size()).isEqualTo(1);
  }

  private static ByteIterable stored(Service service) {
    return new ArrayByteIterable(DomainCodec.encode(service));
  }
}
