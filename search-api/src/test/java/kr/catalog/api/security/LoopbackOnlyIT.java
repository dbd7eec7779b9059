package kr.catalog.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URL;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Unless told otherwise ({@code CATALOG_HTTP_HOST}), the platform listens on this machine only: the
 * quick start publishes demo passwords, admin included. The test application runs with the same
 * default as {@code ./run.sh}; connecting to it through the machine's network address fails.
 */
@QuarkusTest
class LoopbackOnlyIT {

  @TestHTTPResource("/")
  URL root;

  @Test
  void theApplicationAnswersOnLoopbackButNotOnTheNetworkAddress() throws IOException {
    Optional<InetAddress> network = networkAddress();
    Assumptions.assumeTrue(network.isPresent(), "this machine has no non-loopback IPv4 address");
    try (Socket local = new Socket()) {
      local.connect(new InetSocketAddress("127.0.0.1", root.getPort()), 2000);
      assertThat(local.isConnected()).isTrue();
    }
    assertThatThrownBy(
            () -> {
              try (Socket remote = new Socket()) {
                remote.connect(new InetSocketAddress(network.get(), root.getPort()), 2000);
              }
            })
        .as("connecting through " + network.get())
        .isInstanceOf(IOException.class);
  }

  private static Optional<InetAddress> networkAddress() throws SocketException {
    return NetworkInterface.networkInterfaces()
        .filter(
            i -> {
              try {
                return i.isUp() && !i.isLoopback();
              } catch (SocketException e) {
                return false;
              }
            })
        .flatMap(NetworkInterface::inetAddresses)
        .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
        .findFirst();
  }
}
