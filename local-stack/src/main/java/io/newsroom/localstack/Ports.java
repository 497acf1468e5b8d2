package io.newsroom.localstack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Loopback port helpers. */
public final class Ports {

    /** Below the ports well-known services commonly use (8080, 9092, 9200 and the like). */
    private static final int LOWEST = 20000;
    private static final int IANA_EPHEMERAL_LOW = 49152;
    private static final Random RANDOM = new Random();
    /** Nothing listens on a port between handing it out and its service starting, so bindable alone can repeat it. */
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private Ports() {
    }

    /**
     * A port that was free a moment ago, chosen below the kernel's ephemeral range: a port from that range (what
     * binding port 0 returns) can be taken meanwhile as the local end of any outgoing connection, a broker client's
     * for one, and the service meant to listen there then fails to start. Never the same port twice in one process;
     * another process may still take it.
     */
    public static int free() {
        int below = ephemeralLow();
        for (int attempt = 0; attempt < 100 && below > LOWEST + 1000; attempt++) {
            int port = LOWEST + RANDOM.nextInt(below - LOWEST);
            if (bindable(port) && HANDED_OUT.add(port)) {
                return port;
            }
        }
        for (int attempt = 0; attempt < 100; attempt++) {
            try (ServerSocket s = new ServerSocket(0)) {
                if (HANDED_OUT.add(s.getLocalPort())) {
                    return s.getLocalPort();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException("no free loopback port found");
    }

    /** The first port of the kernel's ephemeral range (Linux), or the IANA default elsewhere. */
    static int ephemeralLow() {
        // read as a stream: procfs reports a size of 0, and reading by size returns a fragment
        try (BufferedReader in = Files.newBufferedReader(Path.of("/proc/sys/net/ipv4/ip_local_port_range"))) {
            return Integer.parseInt(in.readLine().strip().split("\\s+")[0]);
        } catch (IOException | RuntimeException unknown) {
            return IANA_EPHEMERAL_LOW;
        }
    }

    private static boolean bindable(int port) {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(false);
            s.bind(new InetSocketAddress("127.0.0.1", port));
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    public static boolean listening(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Fails with a clear message when something already listens there. */
    public static void requireFree(int port, String what) {
        if (listening(port)) {
            throw new IllegalStateException("Port " + port + " (" + what + ") is already in use: stop what runs there "
                    + "(an earlier ./newsroom up?) or choose another port");
        }
    }
}
