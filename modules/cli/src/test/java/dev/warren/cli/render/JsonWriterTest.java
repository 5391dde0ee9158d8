package dev.warren.cli.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.domain.model.service.HealthProbe;
import dev.warren.domain.model.service.RestartCondition;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.service.ServiceId;
import dev.warren.domain.model.service.ServiceSpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonWriterTest {

  enum Color {
    DARK_RED
  }

  record Point(int x, long y) {}

  record Everything(
      String text,
      boolean flag,
      double ratio,
      Optional<String> missing,
      Optional<Point> present,
      List<Integer> numbers,
      Map<String, Object> map,
      Color color,
      RestartCondition condition,
      Instant at,
      Object nothing) {}

  @Test
  void writesRecordComponentsInDeclarationOrderWithTwoSpaceIndent() {
    assertThat(JsonWriter.write(new Point(1, 2))).isEqualTo("{\n  \"x\": 1,\n  \"y\": 2\n}");
  }

  @Test
  void writesEveryKindOfValue() {
    var map = new LinkedHashMap<String, Object>();
    map.put("b", 2);
    map.put("a", List.of());

    String json =
        JsonWriter.write(
            new Everything(
                "t",
                true,
                0.5,
                Optional.empty(),
                Optional.of(new Point(3, 4)),
                List.of(1, 2),
                map,
                Color.DARK_RED,
                RestartCondition.ON_FAILURE,
                Instant.parse("2026-11-25T12:00:00Z"),
                null));

    assertThat(json)
        .isEqualTo(
            """
            {
              "text": "t",
              "flag": true,
              "ratio": 0.5,
              "missing": null,
              "present": {
                "x": 3,
                "y": 4
              },
              "numbers": [
                1,
                2
              ],
              "map": {
                "a": [],
                "b": 2
              },
              "color": "dark_red",
              "condition": "on-failure",
              "at": "2026-11-25T12:00:00Z",
              "nothing": null
            }\
            """);
  }

  @Test
  void escapesStringsSoTheOutputStaysValidJson() {
    assertThat(JsonWriter.write("a\"b\\c\nd\te\u0001")).isEqualTo("\"a\\\"b\\\\c\\nd\\te\\u0001\"");
  }

  @Test
  void writesSingleValueRecordsAsTheirValue() {
    assertThat(JsonWriter.write(ServiceId.of("abc"))).isEqualTo("\"abc\"");
  }

  @Test
  void tagsVariantsOfASealedInterfaceWithTheirType() {
    assertThat(JsonWriter.write(new HealthProbe.Tcp(80)))
        .isEqualTo("{\n  \"type\": \"tcp\",\n  \"port\": 80\n}");
  }

  @Test
  void writesNonFiniteNumbersAsNullAndArraysAsArrays() {
    assertThat(JsonWriter.write(Double.NaN)).isEqualTo("null");
    assertThat(JsonWriter.write(new String[] {"a"})).isEqualTo("[\n  \"a\"\n]");
    assertThat(JsonWriter.write(Arrays.asList())).isEqualTo("[]");
  }

  @Test
  void writesAServiceWithItsSpecFlattenedIdsAndVersion() {
    Service service =
        Service.create(
            ServiceId.of("s-1"),
            ServiceSpec.of("web", "nginx:1.27", 3),
            Instant.parse("2026-11-25T12:00:00Z"));

    String json = JsonWriter.write(service);

    assertThat(json)
        .startsWith("{\n  \"id\": \"s-1\",\n  \"spec\": {\n    \"name\": \"web\",\n")
        .contains(
            "\"image\": \"nginx:1.27\"",
            "\"replicas\": 3",
            "\"mode\": \"replicated\"",
            "\"deployStrategy\": \"rolling\"",
            "\"healthCheck\": null",
            "\"condition\": \"any\"",
            "\"env\": {}",
            "\"previousSpec\": null",
            "\"version\": 1",
            "\"createdAt\": \"2026-11-25T12:00:00Z\"")
        .endsWith("\"updatedAt\": \"2026-11-25T12:00:00Z\"\n}");
    assertThat(JsonWriter.write(service)).isEqualTo(json);
  }
}
