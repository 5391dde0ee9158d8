package dev.warren.adapters.probe;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.model.service.PortMapping;
import dev.warren.domain.model.service.Protocol;
import dev.warren.domain.model.service.PublishMode;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Host ports checked by really binding them. */
class JdkHostPortsAdapterTest {
  private final JdkHostPortsAdapter ports = new JdkHostPortsAdapter();

  private static PortMapping published(int hostPort) {
    return new PortMapping("http", 80, hostPort, Protocol.TCP, PublishMode.HOST);
  }

  @Test
  void aPortAnotherProcessHoldsFailsNamingThePortAndWhatToDo() throws IOException {
    try (var taken = new ServerSocket()) {
      taken.bind(new InetSocketAddress(0));
      int port = taken.getLocalPort();

      assertThatThrownBy(() -> ports.requireFree(List.of(published(port))))
          .isInstanceOf(FailedPreconditionException.class)
          .hasMessageStartingWith("host port " + port + "/tcp is already in use on this node")
          .hasMessageEndingWith("free it or publish the service on another port");
    }
  }

  @Test
  void aFreePortAndAnUnpublishedOnePass() throws IOException {
    int free;
    try (var probe = new ServerSocket(0)) {
      free = probe.getLocalPort();
    }

    assertThatCode(() -> ports.requireFree(List.of(published(free), published(0))))
        .doesNotThrowAnyException();
  }
}
