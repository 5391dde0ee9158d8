package dev.warren.cli.ingress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.cli.ExitCodes;
import dev.warren.cli.testing.AgainstFakeManager;
import dev.warren.cli.testing.CliRun;
import dev.warren.domain.model.ingress.Ingress;
import dev.warren.domain.model.ingress.IngressBackend;
import dev.warren.domain.model.ingress.IngressPath;
import dev.warren.domain.model.ingress.IngressRule;
import dev.warren.domain.model.ingress.IngressTls;
import dev.warren.domain.model.ingress.PathType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IngressCommandsTest extends AgainstFakeManager {
  IngressCommandsTest() {
    super(Duration.ofSeconds(120));
  }

  private static IngressPath path(String path, PathType type, String service, int port) {
    return new IngressPath(path, type, new IngressBackend(service, port));
  }

  /** Creates the ingress "public" with routes to api and web, then the {@code more} arguments. */
  private CliRun createPublic(String... more) {
    var args =
        new ArrayList<>(
            List.of(
                "ingress",
                "create",
                "public",
                "--rule",
                "api.example.com/v1=api:8080",
                "--rule",
                "/=web:80"));
    args.addAll(List.of(more));
    return warren(args.toArray(String[]::new));
  }

  @Test
  void createGroupsRoutesByHostAndPrintsTheNewId() {
    CliRun run =
        createPublic(
            "--rule",
            "api.example.com/v2=api2:8081",
            "--rule",
            "*.example.com=wild:443",
            "--path-type",
            "Exact",
            "--tls-cert",
            "www",
            "--tls-host",
            "api.example.com",
            "--label",
            "tier=edge");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    Ingress created = manager.ingresses().ingress("public");
    assertThat(run.out()).isEqualTo(created.id().value() + "\n");
    assertThat(created.rules())
        .containsExactly(
            new IngressRule(
                "api.example.com",
                List.of(
                    path("/v1", PathType.EXACT, "api", 8080),
                    path("/v2", PathType.EXACT, "api2", 8081))),
            new IngressRule("", List.of(path("/", PathType.EXACT, "web", 80))),
            new IngressRule("*.example.com", List.of(path("/", PathType.EXACT, "wild", 443))));
    assertThat(created.tls())
        .contains(new IngressTls(true, "www", List.of("api.example.com"), false, ""));
    assertThat(created.labels()).containsExactly(Map.entry("tier", "edge"));
  }

  @Test
  void malformedRouteIsAUsageErrorNamingIt() {
    CliRun run = warren("ingress", "create", "public", "--rule", "api.example.com/v1");

    assertThat(run.failed(ExitCodes.USAGE))
        .isEqualTo(
            "error: route 'api.example.com/v1' is invalid: expected [HOST][/PATH]=SERVICE:PORT,"
                + " e.g. api.example.com/v1=api:8080\n");
    assertThat(manager.ingresses().requests()).isEmpty();
  }

  @Test
  void invalidPartsOfARouteAreNamed() {
    CliRun badPort = warren("ingress", "create", "public", "--rule", "/=web:70000");
    CliRun badHost = warren("ingress", "create", "public", "--rule", "Bad_Host/=web:80");
    CliRun badType = warren("ingress", "create", "public", "--path-type", "Regex");

    assertThat(badPort.failed(ExitCodes.USAGE))
        .contains("route '/=web:70000': ingress backend port");
    assertThat(badHost.err()).contains("ingress host 'Bad_Host' is invalid");
    assertThat(badType.err()).contains("path type 'Regex' is not one of: Prefix, Exact");
  }

  @Test
  void lsShowsHostsRoutesAndTls() {
    warren("ingress", "create", "public", "--rule", "a.example.com/=web:80", "--rule", "/x=x:1");
    warren("ingress", "create", "secure", "--rule", "s.example.com=web:443", "--tls-cert", "www");

    CliRun ls = warren("ingress", "ls");

    assertThat(ls.succeeded().lines()).hasSize(3);
    assertThat(ls.out().lines().toList().get(0)).matches("ID +NAME +HOSTS +ROUTES +TLS +CREATED");
    assertThat(ls.out().lines().toList().get(1))
        .contains("public", "a.example.com,*", " 2 ", " - ", "2 minutes ago");
    assertThat(ls.out().lines().toList().get(2)).contains("secure", "s.example.com", "www");
    assertThat(warren("ingress", "ls", "-q").out().lines()).hasSize(2);
  }

  @Test
  void inspectShowsRoutesTlsAndLabelsOrJson() {
    warren(
        "ingress",
        "create",
        "public",
        "--rule",
        "api.example.com/v1=api:8080",
        "--tls-cert",
        "www",
        "-l",
        "a=b");

    CliRun pretty = warren("ingress", "inspect", "public");
    CliRun json = warren("ingress", "inspect", "public", "--output", "json");

    assertThat(pretty.succeeded())
        .contains("Name:     public")
        .contains("Routes:   api.example.com/v1 (Prefix) -> api:8080")
        .contains("TLS:      enabled, certificate www")
        .contains("Labels:   a=b");
    assertThat(json.out()).contains("\"secretName\": \"www\"", "\"serviceName\": \"api\"");
  }

  @Test
  void updateAddsAndRemovesRoutesLabelsAndTls() {
    createPublic("-l", "old=1", "-l", "keep=2");

    CliRun run =
        warren(
            "ingress",
            "update",
            "public",
            "--rule-rm",
            "api.example.com/v1",
            "--rule-add",
            "api.example.com/v2=api:9090",
            "--path-type",
            "Exact",
            "--tls-cert",
            "www",
            "--label-rm",
            "old",
            "--label-add",
            "new=3");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    Ingress updated = manager.ingresses().ingress("public");
    assertThat(updated.rules())
        .containsExactly(
            new IngressRule("", List.of(path("/", PathType.PREFIX, "web", 80))),
            new IngressRule("api.example.com", List.of(path("/v2", PathType.EXACT, "api", 9090))));
    assertThat(updated.tls()).contains(new IngressTls(true, "www", List.of(), false, ""));
    assertThat(updated.labels()).containsExactly(Map.entry("keep", "2"), Map.entry("new", "3"));

    CliRun noTls = warren("ingress", "update", "public", "--no-tls");
    assertThat(noTls.exitCode()).as(noTls.toString()).isZero();
    assertThat(manager.ingresses().ingress("public").tls()).isEmpty();
  }

  @Test
  void updateRefusesUnknownRoutesNoChangesAndConflictingTlsFlags() {
    warren("ingress", "create", "public", "--rule", "/=web:80");

    CliRun unknownRoute = warren("ingress", "update", "public", "--rule-rm", "/nope");
    CliRun nothing = warren("ingress", "update", "public");
    CliRun both = warren("ingress", "update", "public", "--tls-cert", "www", "--no-tls");

    assertThat(unknownRoute.failed(ExitCodes.USAGE))
        .isEqualTo("error: ingress public has no route for '/nope'\n");
    assertThat(nothing.failed(ExitCodes.USAGE)).startsWith("error: nothing to update");
    assertThat(both.exitCode()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void rmRemovesEachAndGoesOnAfterAFailure() {
    warren("ingress", "create", "a", "--rule", "/=web:80");
    warren("ingress", "create", "b", "--rule", "/=web:80");

    CliRun run = warren("ingress", "rm", "a", "ghost", "b");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
    assertThat(run.out()).isEqualTo("a\nb\n");
    assertThat(run.err()).isEqualTo("error: ingress not found: ghost\n");
    assertThat(manager.ingresses().ingress("a")).isNull();
  }
}
