package dev.warren.cli.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.cli.testing.CliRun;
import dev.warren.domain.model.ingress.Ingress;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IngressApplyTest extends ApplyFixture {
  private static final String PUBLIC =
      """
      kind: Ingress
      name: public
      rules:
        - host: api.example.com
          paths:
            - path: /v1
              pathType: Exact
              backend: {serviceName: api, port: 8080}
      tls:
        secretName: www
      labels:
        tier: edge
      """;

  private CliRun apply(String yaml) throws IOException {
    return apply(file("ingress.yaml", yaml));
  }

  @Test
  void ingressIsCreatedThenUnchangedThenUpdatedInPlace() throws IOException {
    CliRun first = apply(PUBLIC);
    Ingress created = manager.ingresses().ingress("public");
    CliRun second = apply(PUBLIC);
    CliRun third = apply(PUBLIC.replace("tier: edge", "tier: public"));

    assertThat(first.succeeded()).isEqualTo("ingress/public created\n");
    assertThat(created.rules().getFirst().paths().getFirst().path()).isEqualTo("/v1");
    assertThat(created.tls().orElseThrow().secretName()).isEqualTo("www");
    assertThat(second.out()).isEqualTo("ingress/public unchanged\n");
    assertThat(third.succeeded()).isEqualTo("ingress/public updated\n");
    Ingress updated = manager.ingresses().ingress("public");
    assertThat(updated.id()).isEqualTo(created.id());
    assertThat(updated.labels()).isEqualTo(Map.of("tier", "public"));
  }
}
