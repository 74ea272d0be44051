package io.wageguard.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Forwards a loopback port to another, so that a fault test can cut the network to a server without stopping
 * the server: {@link #cut()} closes the port and every forwarded connection (clients see connection refused and
 * reset, as when the database host goes away); {@link #restore()} listens again on the same port.
 */
final class TcpRelay implements AutoCloseable {

    private final int port;
    private final int target;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listener;
    private volatile Thread acceptor;

    private TcpRelay(int port, int target) {
        this.port = port;
        this.target = target;
    }

    /** Listens on 127.0.0.1:{@code port} and forwards each connection to 127.0.0.1:{@code target}. */
    static TcpRelay start(int port, int target) throws IOException {
        TcpRelay relay = new TcpRelay(port, target);
        relay.listen();
        return relay;
    }

    synchronized void cut() {
        ServerSocket current = listener;
        listener = null;
        closeQuietly(current);
        // Closing a socket another thread is accepting on takes effect when that thread leaves accept(): only
        // then does the port refuse connections.
        Thread accepting = acceptor;
        if (accepting != null) {
            try {
                accepting.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        open.forEach(TcpRelay::closeQuietly);
        open.clear();
    }

    synchronized void restore() throws IOException {
        if (listener == null) {
            listen();
        }
    }

    @Override
    public void close() {
        cut();
    }

    private void listen() throws IOException {
        ServerSocket server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        listener = server;
        acceptor = Thread.ofVirtual().name("tcp-relay-" + port).start(() -> accept(server));
    }

    private void accept(ServerSocket server) {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
                client.setTcpNoDelay(true);
                upstream.setTcpNoDelay(true);
                open.add(client);
                open.add(upstream);
                Thread.ofVirtual().start(() -> pipe(client, upstream));
                Thread.ofVirtual().start(() -> pipe(upstream, client));
            } catch (IOException e) {
                // closed by cut(), or the target refused: the client's connection is dropped either way
            }
        }
    }

    private void pipe(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException e) {
            // one side went away
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            open.remove(from);
            open.remove(to);
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable != null) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // closing on the way out
            }
        }
    }
}
