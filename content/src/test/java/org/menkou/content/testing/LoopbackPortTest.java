package org.menkou.content.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(LoopbackPort.Resolver.class)
class LoopbackPortTest {
    @Test
    void nothingListensOnAHeldPortSoAConnectionIsRefused(LoopbackPort held) {
        assertThatThrownBy(() -> connect(held.port()).close()).isInstanceOf(ConnectException.class);
    }

    @Test
    void aServerListensStopsAndListensAgainOnTheHeldPort(LoopbackPort held) throws IOException {
        for (int restart = 0; restart < 3; restart++) {
            try (ServerSocket server = new ServerSocket(held.port(), 50, InetAddress.getLoopbackAddress());
                 Socket client = connect(held.port());
                 Socket accepted = server.accept()) {
                assertThat(accepted.getLocalPort()).isEqualTo(held.port());
                assertThat(client.isConnected()).isTrue();
            }
            assertThatThrownBy(() -> connect(held.port()).close()).as("refused while the server is down")
                    .isInstanceOf(ConnectException.class);
        }
    }

    @Test
    void aServerAskingForAnyFreePortIsNeverGivenAHeldOne(LoopbackPort held) throws IOException {
        List<ServerSocket> others = new ArrayList<>();
        try {
            for (int i = 0; i < 200; i++) {
                ServerSocket other = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                others.add(other);
                assertThat(other.getLocalPort()).isNotEqualTo(held.port());
            }
        } finally {
            for (ServerSocket other : others) {
                other.close();
            }
        }
    }

    @Test
    void closingReleasesThePort() throws IOException {
        LoopbackPort held = LoopbackPort.hold();
        int port = held.port();
        held.close();
        assertThat(held.toString()).endsWith("(released)");
        try (ServerSocket server = new ServerSocket()) {
            server.setReuseAddress(false);
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            assertThat(server.getLocalPort()).isEqualTo(port);
        }
    }

    private static Socket connect(int port) throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2_000);
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }
}
