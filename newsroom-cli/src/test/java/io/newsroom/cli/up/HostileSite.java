package io.newsroom.cli.up;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A web server that answers each hostile case as its "serve" column says (see {@code hostile/cases.tsv}):
 * fixture files with a given type, status and content encoding, or a behaviour (hanging, dripping, endless,
 * redirect loop, redirect elsewhere, oversized). Text fixtures may name the server's own address as {@code {base}}.
 */
final class HostileSite implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, String> serve = new ConcurrentHashMap<>();
    private final Map<String, byte[]> extra = new ConcurrentHashMap<>();
    /** Requests per path, to show what hostile input tried to make the pipeline fetch. */
    final Map<String, Integer> hits = new ConcurrentHashMap<>();

    HostileSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        // hanging and dripping answers must not hold up the others
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    String base() {
        return "http://localhost:" + port();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** Answers {@code /path} as {@code spec} says. */
    void serve(String path, String spec) {
        serve.put(path, spec);
    }

    /** Answers {@code /path} with a page. */
    void page(String path, String html) {
        extra.put(path, html.getBytes(StandardCharsets.UTF_8));
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        hits.merge(path, 1, Integer::sum);
        try (ex) {
            byte[] page = extra.get(path);
            if (page != null) {
                send(ex, 200, "text/html; charset=utf-8", page);
                return;
            }
            String spec = serve.get(path);
            if (spec == null) {
                send(ex, 404, "text/plain", "no such page".getBytes(StandardCharsets.UTF_8));
                return;
            }
            Map<String, String> s = HostileCorpusIT.options(spec);
            String type = s.getOrDefault("type", "text/html");
            int status = Integer.parseInt(s.getOrDefault("status", "200"));
            String behave = s.getOrDefault("behave", "");
            if (behave.startsWith("redirect:")) {
                ex.getResponseHeaders().set("Location", behave.substring("redirect:".length()).replace("{port}",
                        Integer.toString(port())));
                send(ex, 302, "text/plain", new byte[0]);
                return;
            }
            switch (behave) {
                case "hang" -> sleep(60_000);
                case "loop" -> {
                    ex.getResponseHeaders().set("Location", path + "?again=" + System.nanoTime());
                    send(ex, 302, "text/plain", new byte[0]);
                }
                case "drip" -> {
                    ex.getResponseHeaders().set("Content-Type", type);
                    ex.sendResponseHeaders(200, 0);
                    OutputStream out = ex.getResponseBody();
                    for (int i = 0; i < 120; i++) {
                        out.write('<');
                        out.flush();
                        sleep(500);
                    }
                }
                case "endless" -> {
                    ex.getResponseHeaders().set("Content-Type", type);
                    ex.sendResponseHeaders(200, 0);
                    OutputStream out = ex.getResponseBody();
                    byte[] chunk = "<p>more news, and more</p>\n".repeat(2000).getBytes(StandardCharsets.UTF_8);
                    for (int i = 0; i < 100_000; i++) {
                        out.write(chunk);
                    }
                }
                case "big" -> send(ex, 200, type, ("<p>" + "news ".repeat(1000) + "</p>\n").repeat(2000)
                        .getBytes(StandardCharsets.UTF_8));
                default -> {
                    if (s.containsKey("encoding")) {
                        ex.getResponseHeaders().set("Content-Encoding", s.get("encoding"));
                    }
                    send(ex, status, type, s.containsKey("file") ? fixture(s.get("file")) : new byte[0]);
                }
            }
        } catch (IOException dropped) {
            // the client hung up on a hostile answer, as it should
        }
    }

    private byte[] fixture(String name) {
        try (InputStream in = HostileSite.class.getResourceAsStream("/hostile/files/" + name)) {
            byte[] bytes = in.readAllBytes();
            if (name.endsWith(".xml")) {
                return new String(bytes, StandardCharsets.UTF_8).replace("{base}", base()).getBytes(StandardCharsets.UTF_8);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            ex.getResponseBody().write(body);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
