package kr.catalog.testharness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/** Free loopback ports, and recognising the race where someone else took one first. */
final class Ports {

  /** Every server binds here only: tests must not expose anything to the network. */
  static final String LOOPBACK = "127.0.0.1";

  private Ports() {}

  /**
   * Distinct ports that were free a moment ago. They are released before the server binds them, so
   * another process can win the race; callers retry when {@link #isConflict} says so.
   */
  static int[] free(int count) {
    List<ServerSocket> sockets = new ArrayList<>();
    try {
      int[] ports = new int[count];
      for (int i = 0; i < count; i++) {
        // All sockets stay open until every port is chosen, so the ports are distinct.
        ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK));
        sockets.add(socket);
        ports[i] = socket.getLocalPort();
      }
      return ports;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot find a free port on " + LOOPBACK, e);
    } finally {
      for (ServerSocket socket : sockets) {
        try {
          socket.close();
        } catch (IOException ignored) {
          // Nothing to do: the port is released either way when this JVM exits.
        }
      }
    }
  }

  /** Whether a server log says it lost a port to another process. */
  static boolean isConflict(String log) {
    return log.contains("Address already in use")
        || log.contains("BindException")
        || log.contains("could not bind");
  }

  static boolean acceptsConnections(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(LOOPBACK, port), 1_000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
