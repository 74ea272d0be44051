package io.wageguard.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import org.junit.jupiter.api.Test;

class TcpRelayTest {

    /** A server that answers each byte with the byte plus one. */
    private static ServerSocket plusOneServer() throws IOException {
        ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(() -> {
            while (!server.isClosed()) {
                try {
                    Socket socket = server.accept();
                    Thread.ofVirtual().start(() -> {
                        try (socket; InputStream in = socket.getInputStream()) {
                            int b;
                            while ((b = in.read()) >= 0) {
                                socket.getOutputStream().write(b + 1);
                            }
                        } catch (IOException ignored) {
                            // client went away
                        }
                    });
                } catch (IOException closed) {
                    return;
                }
            }
        });
        return server;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static int roundTrip(Socket socket, int value) throws IOException {
        socket.getOutputStream().write(value);
        return socket.getInputStream().read();
    }

    private static int readOrReset(Socket socket) {
        try {
            return socket.getInputStream().read();
        } catch (IOException reset) {
            return -1;
        }
    }

    @Test
    void forwardsThenCutsEveryConnectionThenListensAgainOnTheSamePort() throws Exception {
        try (ServerSocket target = plusOneServer()) {
            int port = freePort();
            try (TcpRelay relay = TcpRelay.start(port, target.getLocalPort())) {
                Socket before = new Socket(InetAddress.getLoopbackAddress(), port);
                assertThat(roundTrip(before, 41)).isEqualTo(42);

                relay.cut();
                assertThat(readOrReset(before)).as("an open connection is reset or ended").isEqualTo(-1);
                assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), port))
                        .isInstanceOf(java.net.ConnectException.class);

                relay.restore();
                try (Socket after = new Socket(InetAddress.getLoopbackAddress(), port)) {
                    assertThat(roundTrip(after, 7)).isEqualTo(8);
                }
                before.close();
            }
        }
    }
}
