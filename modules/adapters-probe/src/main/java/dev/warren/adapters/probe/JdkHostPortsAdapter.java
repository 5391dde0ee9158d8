package dev.warren.adapters.probe;

import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.model.service.PortMapping;
import dev.warren.domain.model.service.Protocol;
import dev.warren.domain.port.out.HostPortsPort;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;

/**
 * Checks host ports by binding them for a moment on every address, as the container would. A port
 * bound by another process (or by a container already running here) fails the check.
 */
public final class JdkHostPortsAdapter implements HostPortsPort {

  @Override
  public void requireFree(List<PortMapping> ports) {
    for (PortMapping port : ports) {
      if (port.hostPort() == 0) {
        continue;
      }
      try {
        bind(port);
      } catch (IOException inUse) {
        throw new FailedPreconditionException(
            "host port "
                + port.hostPort()
                + "/"
                + port.protocol().wireName()
                + " is already in use on this node ("
                + inUse.getMessage()
                + "); free it or publish the service on another port");
      }
    }
  }

  private static void bind(PortMapping port) throws IOException {
    var address = new InetSocketAddress(port.hostPort());
    if (port.protocol() == Protocol.UDP) {
      try (var socket = new DatagramSocket(address)) {
        socket.getLocalPort();
      }
    } else {
      try (var socket = new ServerSocket()) {
        socket.setReuseAddress(true);
        socket.bind(address);
      }
    }
  }
}
