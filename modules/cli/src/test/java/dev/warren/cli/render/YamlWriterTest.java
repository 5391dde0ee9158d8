package dev.warren.cli.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.domain.model.service.HealthProbe;
import dev.warren.domain.model.service.RestartCondition;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

class YamlWriterTest {

  enum Color {
    DARK_RED
  }

  record Point(int x, long y) {}

  record Id(String value) {}

  record Everything(
      String text,
      boolean flag,
      double ratio,
      Optional<String> missing,
      Optional<Point> present,
      List<Integer> numbers,
      List<Point> points,
      List<String> none,
      Map<String, Object> map,
      Map<String, String> empty,
      Color color,
      RestartCondition condition,
      Instant at,
      Id id,
      HealthProbe probe) {}

  private static Object load(String yaml) {
    return new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
  }

  @Test
  void writesEveryKindOfValueInDeclarationOrderWithStableKeys() {
    var map = new LinkedHashMap<String, Object>();
    map.put("b", 2);
    map.put("a", List.of("x"));

    String yaml =
        YamlWriter.write(
            new Everything(
                "t",
                true,
                0.5,
                Optional.empty(),
                Optional.of(new Point(3, 4)),
                List.of(1, 2),
                List.of(new Point(5, 6), new Point(7, 8)),
                List.of(),
                map,
                Map.of(),
                Color.DARK_RED,
                RestartCondition.ON_FAILURE,
                Instant.parse("2026-11-25T12:00:00Z"),
                new Id("abc"),
                new HealthProbe.Tcp(80)));

    assertThat(yaml)
        .isEqualTo(
            """
            text: t
            flag: true
            ratio: 0.5
            missing: null
            present:
              x: 3
              "y": 4
            numbers:
              - 1
              - 2
            points:
              - x: 5
                "y": 6
              - x: 7
                "y": 8
            none: []
            map:
              a:
                - x
              b: 2
            empty: {}
            color: dark_red
            condition: on-failure
            at: "2026-11-25T12:00:00Z"
            id: abc
            probe:
              type: tcp
              port: 80
            """);
  }

  @Test
  void aTopLevelListIsASequenceAndScalarsEndWithANewline() {
    assertThat(YamlWriter.write(List.of(new Point(1, 2), new Point(3, 4))))
        .isEqualTo("- x: 1\n  \"y\": 2\n- x: 3\n  \"y\": 4\n");
    assertThat(YamlWriter.write(List.of())).isEqualTo("[]\n");
    assertThat(YamlWriter.write("plain")).isEqualTo("plain\n");
    assertThat(YamlWriter.write(null)).isEqualTo("null\n");
    assertThat(YamlWriter.write(List.of(List.of(1, 2), List.of())))
        .isEqualTo("- - 1\n  - 2\n- []\n");
  }

  @Test
  void quotesStringsThatWouldReadAsAnotherTypeOrBreakTheSyntax() {
    assertThat(YamlWriter.scalar("nginx:1.27")).isEqualTo("nginx:1.27");
    assertThat(YamlWriter.scalar("hello world")).isEqualTo("hello world");
    assertThat(YamlWriter.scalar("1.27")).isEqualTo("\"1.27\"");
    assertThat(YamlWriter.scalar("yes")).isEqualTo("\"yes\"");
    assertThat(YamlWriter.scalar("Off")).isEqualTo("\"Off\"");
    assertThat(YamlWriter.scalar("~")).isEqualTo("\"~\"");
    assertThat(YamlWriter.scalar("")).isEqualTo("\"\"");
    assertThat(YamlWriter.scalar("- item")).isEqualTo("\"- item\"");
    assertThat(YamlWriter.scalar("a: b")).isEqualTo("\"a: b\"");
    assertThat(YamlWriter.scalar("a #b")).isEqualTo("\"a #b\"");
    assertThat(YamlWriter.scalar("say \"hi\"\\")).isEqualTo("say \"hi\"\\");
    assertThat(YamlWriter.scalar("\"hi\"")).isEqualTo("\"\\\"hi\\\"\"");
    assertThat(YamlWriter.scalar("y")).isEqualTo("\"y\"");
    assertThat(YamlWriter.scalar("bell\u0007\u0000")).isEqualTo("\"bell\\a\\0\"");
    assertThat(YamlWriter.scalar("tab\there")).isEqualTo("\"tab\\there\"");
  }

  @Test
  void multiLineStringsAreLiteralBlocksWithExactTrailingNewlines() {
    assertThat(YamlWriter.write(Map.of("script", "echo a\necho b")))
        .isEqualTo("script: |-\n  echo a\n  echo b\n");
    assertThat(YamlWriter.write(Map.of("script", "echo a\n"))).isEqualTo("script: |\n  echo a\n");
    assertThat(YamlWriter.write(Map.of("script", "a\n\n"))).isEqualTo("script: |+\n  a\n\n");
    assertThat(YamlWriter.write(Map.of("script", "  indented\nnot")))
        .isEqualTo("script: |2-\n    indented\n  not\n");
    assertThat(YamlWriter.write(List.of("a\nb"))).isEqualTo("- |-\n  a\n  b\n");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "plain",
        "",
        " leading",
        "trailing ",
        "1.27",
        "0x1F",
        "012",
        "1_000",
        "1:20",
        "2026-11-25",
        "true",
        "NO",
        "null",
        "~",
        ".inf",
        "-.inf",
        ".NaN",
        "<<",
        "=",
        "...",
        "---",
        "- a",
        "? a",
        ": a",
        "a:",
        "a: b",
        "a #b",
        "a#b",
        "#comment",
        "&anchor",
        "*alias",
        "!tag",
        "|",
        ">",
        "%directive",
        "@at",
        "`tick",
        "'single'",
        "\"double\"",
        "[a, b]",
        "{a: b}",
        "a,b",
        "back\\slash",
        "tab\tinside",
        "line\nbreak",
        "\n",
        "\n\n",
        "two\n\n",
        "\nleading newline",
        "  \nwhitespace line first",
        "a\n  \n b",
        "ends with spaces  \nx",
        "crlf\r\nline",
        "nel\u0085x",
        "ls\u2028x",
        "ps\u2029x",
        "bom\ufeffx",
        "del\u007fx",
        "c1\u0090x",
        "zero\u0000x",
        "esc\u001bx",
        "caf\u00e9 \u65e5\u672c",
        "emoji \ud83d\ude00",
        "lone \ud800 surrogate",
        "#!/bin/sh\nexec \"$@\"\n",
      })
  void everyStringReadsBackUnchangedAsValueKeyListItemAndDocument(String text) {
    var map = new LinkedHashMap<String, Object>();
    map.put("value", text);
    map.put(text, "key");
    map.put("list", List.of(text, text));
    map.put("nested", Map.of("deeper", List.of(Map.of("v", text))));

    assertThat(load(YamlWriter.write(map))).as(YamlWriter.write(map)).isEqualTo(map);
    assertThat(load(YamlWriter.write(text))).as(YamlWriter.write(text)).isEqualTo(text);
  }

  @Test
  void numbersAndSpecialFloatsReadBackAsNumbers() {
    var map = new LinkedHashMap<String, Object>();
    map.put("int", 42);
    map.put("negative", -7);
    map.put("long", 1L << 40);
    map.put("double", 0.25);
    map.put("big", 1.0e20);
    map.put("tiny", 1.0e-7);
    map.put("nan", Double.NaN);
    map.put("inf", Double.POSITIVE_INFINITY);
    map.put("minusInf", Double.NEGATIVE_INFINITY);
    map.put("bool", false);
    map.put("null", null);

    assertThat(load(YamlWriter.write(map))).isEqualTo(map);
  }
}
