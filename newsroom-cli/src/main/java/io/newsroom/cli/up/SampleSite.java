package io.newsroom.cli.up;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The bundled sample news site on loopback: the seed pages served byte for byte (the Arabic one stays
 * windows-1256, declared only in its {@code <meta>}) and an RSS feed over them at {@code /feed.xml}.
 */
public final class SampleSite implements AutoCloseable {

    private final HttpServer server;

    private SampleSite(HttpServer server) {
        this.server = server;
    }

    /** @param port 0 for a free port */
    public static SampleSite start(int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        SampleSite site = new SampleSite(server);
        server.createContext("/", site::handle);
        server.setExecutor(Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "sample-site");
            t.setDaemon(true);
            return t;
        }));
        server.start();
        return site;
    }

    public String baseUrl() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    public String feedUrl() {
        return baseUrl() + "/feed.xml";
    }

    /** A sources file that polls this site (allowing its host, although it is on loopback). */
    public String sources() {
        return """
                allowed-hosts: [localhost]
                sources:
                  - id: sample-site
                    type: feed
                    url: %s
                    poll-every: 30s
                """.formatted(feedUrl());
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            if (!"GET".equals(ex.getRequestMethod()) && !"HEAD".equals(ex.getRequestMethod())) {
                ex.sendResponseHeaders(405, -1);
                return;
            }
            if (path.equals("/feed.xml")) {
                String feed = new String(resource("feed.xml"), StandardCharsets.UTF_8).replace("{{base}}", baseUrl());
                send(ex, "application/rss+xml; charset=utf-8", feed.getBytes(StandardCharsets.UTF_8));
                return;
            }
            byte[] page = path.matches("(/[a-z0-9-]+)+") ? resource(path.substring(1) + ".html") : null;
            if (page == null) {
                ex.sendResponseHeaders(404, -1);
                return;
            }
            // no charset parameter: each page declares its own, as many real sites do
            send(ex, "text/html", page);
        }
    }

    private static void send(HttpExchange ex, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        boolean head = "HEAD".equals(ex.getRequestMethod());
        ex.sendResponseHeaders(200, head ? -1 : body.length);
        if (!head) {
            ex.getResponseBody().write(body);
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = SampleSite.class.getResourceAsStream("/sample-site/" + name)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
