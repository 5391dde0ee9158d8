package dev.warren.cli.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.cli.yaml.YamlDocuments;
import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.model.ingress.IngressBackend;
import dev.warren.domain.model.ingress.IngressPath;
import dev.warren.domain.model.ingress.IngressRule;
import dev.warren.domain.model.ingress.IngressTls;
import dev.warren.domain.model.ingress.PathType;
import dev.warren.domain.model.secret.Secret;
import dev.warren.domain.model.shared.Bytes;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Secrets, volumes and ingresses: read and validated now, applied once the client has them. */
class PendingKindsTest {
  @TempDir Path dir;

  private Object read(String yaml) {
    List<Manifest<?>> manifests = ManifestReader.read("m.yaml", new StringReader(yaml), dir);
    assertThat(manifests).hasSize(1);
    return manifests.getFirst().desired();
  }

  private static Bytes utf8(String text) {
    return Bytes.of(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aSecretTakesItsDataInlineAsBase64OrFromAFileBesideTheManifest() throws IOException {
    Files.writeString(dir.resolve("pw.txt"), "from file");

    assertThat(read("kind: Secret\nname: a\ndata: |\n  line one\n  line two\n"))
        .isEqualTo(new DesiredSecret("a", utf8("line one\nline two\n")));
    assertThat(read("kind: Secret\nname: b\ndataBase64: aGk=\n"))
        .isEqualTo(new DesiredSecret("b", utf8("hi")));
    assertThat(read("kind: Secret\nname: c\nfile: pw.txt\n"))
        .isEqualTo(new DesiredSecret("c", utf8("from file")));
  }

  @Test
  void aSecretNeedsExactlyOneValidSourceWithinTheSizeLimit() throws IOException {
    Files.write(dir.resolve("big.bin"), new byte[Secret.MAX_PLAINTEXT_BYTES + 1]);

    assertThatThrownBy(() -> read("kind: Secret\nname: a\n"))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("field 'data' is required (or dataBase64, or file)");
    assertThatThrownBy(() -> read("kind: Secret\nname: a\ndata: x\nfile: y\n"))
        .hasMessageContaining("line 4: field 'file' cannot be combined with 'data'");
    assertThatThrownBy(() -> read("kind: Secret\nname: a\ndataBase64: '!!'\n"))
        .hasMessageContaining("field 'dataBase64' is not base64");
    assertThatThrownBy(() -> read("kind: Secret\nname: a\nfile: none.txt\n"))
        .hasMessageContaining("field 'file' cannot be read: ");
    assertThatThrownBy(() -> read("kind: Secret\nname: a\nfile: big.bin\n"))
        .hasMessageContaining("more than the limit of " + Secret.MAX_PLAINTEXT_BYTES);
  }

  @Test
  void aSecretNeverShowsItsDataAsText() {
    assertThat(new DesiredSecret("a", utf8("hunter2")).toString()).doesNotContain("hunter2");
  }

  @Test
  void aVolumeDefaultsToTheLocalDriver() {
    assertThat(read("kind: Volume\nname: data\nlabels:\n  tier: db\n"))
        .isEqualTo(new DesiredVolume("data", "local", Map.of(), Map.of("tier", "db")));
    assertThat(read("kind: Volume\nname: nfs\ndriver: nfs\ndriverOpts: {server: 10.0.0.9}\n"))
        .isEqualTo(new DesiredVolume("nfs", "nfs", Map.of("server", "10.0.0.9"), Map.of()));
  }

  @Test
  void anIngressReadsRulesPathsBackendsAndTls() {
    Object ingress =
        read(
            """
            kind: Ingress
            name: site
            rules:
              - host: example.com
                paths:
                  - path: /api
                    pathType: Exact
                    backend: {serviceName: api, port: 8080}
                  - backend: {serviceName: web, port: 80}
            tls:
              secretName: site-cert
              hosts: [example.com]
            labels: {team: web}
            """);

    assertThat(ingress)
        .isEqualTo(
            new DesiredIngress(
                "site",
                List.of(
                    new IngressRule(
                        "example.com",
                        List.of(
                            new IngressPath(
                                "/api", PathType.EXACT, new IngressBackend("api", 8080)),
                            new IngressPath("/", PathType.PREFIX, new IngressBackend("web", 80))))),
                Optional.of(new IngressTls(true, "site-cert", List.of("example.com"), false, "")),
                Map.of("team", "web")));
  }

  @Test
  void anIngressBackendIsRequiredAndNamedByPath() {
    assertThatThrownBy(() -> read("kind: Ingress\nname: s\nrules:\n  - paths:\n      - path: /\n"))
        .hasMessageContaining("line 5: field 'rules[0].paths[0].backend' is required");
    assertThatThrownBy(
            () ->
                read(
                    "kind: Ingress\nname: s\nrules:\n  - paths:\n"
                        + "      - backend: {serviceName: Web, port: 80}\n"))
        .hasMessageContaining("rules[0].paths[0].backend: ingress backend service name 'Web'");
  }

  @Test
  void aDocumentThatIsNotAMappingIsRejected() {
    assertThatThrownBy(() -> ManifestReader.read("m.yaml", new StringReader("- a\n- b\n"), dir))
        .hasMessage("m.yaml, document 1, line 1: expected a mapping of fields such as 'kind: ...'");
  }

  @Test
  void emptyDocumentsAreSkippedButCounted() {
    assertThatThrownBy(
            () ->
                ManifestReader.read(
                    "m.yaml", new StringReader("---\n---\nkind: Volume\nname: v\nbogus: 1\n"), dir))
        .hasMessageStartingWith("m.yaml, document 2, line 5: unknown field 'bogus'");
  }

  @Test
  void aliasBombsAreRefused() {
    var bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      char previous = (char) (c - 1);
      bomb.append(c).append(": &").append(c).append(" [");
      bomb.append(("*" + previous + ", ").repeat(9)).append('*').append(previous).append("]\n");
    }

    assertThatThrownBy(() -> YamlDocuments.read("bomb.yaml", new StringReader(bomb.toString())))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("bomb.yaml");
  }
}
