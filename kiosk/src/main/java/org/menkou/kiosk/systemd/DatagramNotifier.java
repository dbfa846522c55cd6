package org.menkou.kiosk.systemd;

import java.io.IOException;
import java.net.SocketException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.newsclub.net.unix.AFUNIXDatagramChannel;
import org.newsclub.net.unix.AFUNIXSocketAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link ServiceNotifier} writing to systemd's notification socket ({@code $NOTIFY_SOCKET}): a unix datagram
 * socket named by a path, or in the abstract namespace when the name starts with {@code @}. The JDK cannot send unix
 * datagrams, so junixsocket does.
 */
final class DatagramNotifier implements ServiceNotifier {
    private static final Logger LOG = LoggerFactory.getLogger(DatagramNotifier.class);

    private final AFUNIXSocketAddress target;
    /** Reopened when an interrupt of a sending thread closed it (interruptible channel); guarded by this. */
    private AFUNIXDatagramChannel channel;
    private boolean closed;

    private DatagramNotifier(AFUNIXDatagramChannel channel, AFUNIXSocketAddress target) {
        this.channel = channel;
        this.target = target;
    }

    /** Opens a notifier for the socket named as in {@code $NOTIFY_SOCKET}; fails on a name it cannot use. */
    static DatagramNotifier open(String notifySocket) throws IOException {
        AFUNIXSocketAddress target = address(notifySocket);
        return new DatagramNotifier(AFUNIXDatagramChannel.open(), target);
    }

    /** The address {@code $NOTIFY_SOCKET} names: {@code /path} or {@code @abstract-name}. */
    static AFUNIXSocketAddress address(String notifySocket) throws SocketException {
        if (notifySocket.startsWith("@") && notifySocket.length() > 1) {
            return AFUNIXSocketAddress.inAbstractNamespace(notifySocket.substring(1));
        }
        if (notifySocket.startsWith("/")) {
            return AFUNIXSocketAddress.of(Path.of(notifySocket));
        }
        throw new SocketException("NOTIFY_SOCKET is neither a path nor an abstract name: " + notifySocket);
    }

    @Override
    public synchronized void send(String state) {
        if (closed) {
            return;
        }
        try {
            if (!channel.isOpen()) {
                channel = AFUNIXDatagramChannel.open();
            }
            channel.send(ByteBuffer.wrap(state.getBytes(StandardCharsets.UTF_8)), target);
        } catch (IOException e) {
            LOG.warn("could not tell systemd {}: {}", state.replace('\n', ' '), e.toString());
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        try {
            channel.close();
        } catch (IOException e) {
            LOG.warn("closing the systemd notification socket: {}", e.toString());
        }
    }
}
