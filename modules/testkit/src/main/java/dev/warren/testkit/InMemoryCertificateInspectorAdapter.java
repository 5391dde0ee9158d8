package dev.warren.testkit;

import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.model.shared.Bytes;
import dev.warren.domain.port.out.CertificateInspectorPort;
import dev.warren.domain.port.out.InspectedCertificate;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A certificate inspector that parses nothing: it answers what the test told it to, or rejects with
 * the message the test chose. By default every input is a certificate for {@code example.com} and
 * {@code *.example.com} from "Test CA", valid through 2030. Thread-safe.
 */
public final class InMemoryCertificateInspectorAdapter implements CertificateInspectorPort {
  public static final InspectedCertificate EXAMPLE_COM =
      new InspectedCertificate(
          List.of("example.com", "*.example.com"),
          "Test CA",
          Instant.parse("2026-01-01T00:00:00Z"),
          Instant.parse("2030-01-01T00:00:00Z"));

  private volatile InspectedCertificate answer = EXAMPLE_COM;
  private volatile String rejection;
  private int inspections;

  /** Every following inspection answers {@code inspected}. */
  public void willAnswer(InspectedCertificate inspected) {
    answer = Objects.requireNonNull(inspected, "inspected");
    rejection = null;
  }

  /** Every following inspection fails with an InvalidSpecException carrying {@code message}. */
  public void willReject(String message) {
    rejection = Objects.requireNonNull(message, "message");
  }

  /** How many times {@link #inspect} was called. */
  public synchronized int inspections() {
    return inspections;
  }

  @Override
  public synchronized InspectedCertificate inspect(Bytes certificatePem, Bytes privateKeyPem) {
    Objects.requireNonNull(certificatePem, "certificatePem");
    Objects.requireNonNull(privateKeyPem, "privateKeyPem");
    inspections++;
    if (rejection != null) {
      throw new InvalidSpecException(rejection);
    }
    return answer;
  }
}
