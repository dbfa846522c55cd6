package org.menkou.content.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A TCP port on 127.0.0.1 that a test holds from {@link #hold} until {@link #close}: a socket is bound to it first,
 * and it never listens and never connects. While held, the kernel gives the port to nobody asking for a free one
 * (a server on port 0, an outgoing connection), so there is no gap between choosing a port and using it.
 * <ul>
 *   <li>A server may listen on the held port, stop, and listen on it again (a restart on the same address): both
 *       sockets allow address reuse, as Jetty's connectors and the JDK's server sockets do by default on Linux.</li>
 *   <li>While no server listens on it, a connection to it is refused at once: a closed port, deterministically.</li>
 * </ul>
 * Tests that can start their server on port 0 and read the bound port back do that instead; this is for a port the
 * test must know before any server runs, or one on which nothing may listen.
 */
public final class LoopbackPort implements AutoCloseable {
    private final Socket holder;

    private LoopbackPort(Socket holder) {
        this.holder = holder;
    }

    /** Binds a free port on 127.0.0.1 and holds it; the caller closes it. */
    public static LoopbackPort hold() throws IOException {
        Socket socket = new Socket();
        try {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return new LoopbackPort(socket);
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    /** The port number. */
    public int port() {
        return holder.getLocalPort();
    }

    /** {@code http://127.0.0.1:PORT/}, the base address of a server on this port. */
    public URI httpUrl() {
        return URI.create("http://127.0.0.1:" + port() + "/");
    }

    /** Releases the port; a server listening on it keeps listening. */
    @Override
    public void close() throws IOException {
        holder.close();
    }

    @Override
    public String toString() {
        return "127.0.0.1:" + port() + (holder.isClosed() ? " (released)" : " (held)");
    }

    /**
     * Gives a test method or test class constructor that declares a {@link LoopbackPort} parameter a freshly held
     * one, released when the method's (or, for a constructor, the class's) extension context closes:
     * {@code @ExtendWith(LoopbackPort.Resolver.class)}.
     */
    public static final class Resolver implements ParameterResolver {
        private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LoopbackPort.class);

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == LoopbackPort.class;
        }

        @Override
        public LoopbackPort resolveParameter(ParameterContext parameter, ExtensionContext context) {
            LoopbackPort port;
            try {
                port = hold();
            } catch (IOException e) {
                throw new ParameterResolutionException("cannot hold a loopback port for " + parameter.getParameter(), e);
            }
            context.getStore(NAMESPACE).put(port, (ExtensionContext.Store.CloseableResource) port::close);
            return port;
        }
    }
}
