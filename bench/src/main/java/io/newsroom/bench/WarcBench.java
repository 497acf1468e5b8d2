package io.newsroom.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import io.newsroom.contracts.FrontierEntry;
import io.newsroom.contracts.MessageCodec;
import io.newsroom.ingest.seen.ContentHash;
import io.newsroom.ingest.warc.WarcReader;

/**
 * WARC import speed: generates a WARC.gz of real-looking captures (the pages of a directory, each under many
 * URLs and dates, with a paragraph that differs per capture, plus images and 404s as a news crawl has them) and
 * times what {@code ./newsroom import-warc} does per record before the broker: read and decompress (jwarc),
 * decode the page, hash its visible text, encode the frontier entry.
 */
final class WarcBench {

    private WarcBench() {
    }

    static void run(Path pagesDir, List<String> args) throws IOException {
        int records = 3000;
        int rounds = 3;
        Path out = null;
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--records" -> records = Integer.parseInt(args.get(++i));
                case "--rounds" -> rounds = Integer.parseInt(args.get(++i));
                case "--out" -> out = Path.of(args.get(++i));
                default -> throw new IllegalArgumentException("unknown option " + args.get(i));
            }
        }
        Path warc = out != null ? out : Files.createTempFile("bench", ".warc.gz");
        generate(pagesDir, warc, records);
        System.out.printf("generated %s: %d records, %.1f MB%n", warc, records, Files.size(warc) / 1e6);
        WarcReader reader = new WarcReader(8L * 1024 * 1024);
        long[] bytes = {0};
        WarcReader.Sink sink = new WarcReader.Sink() {
            @Override
            public void page(FrontierEntry entry) {
                ContentHash.of(entry.capture().body());
                bytes[0] += MessageCodec.encode(entry).length;
            }

            @Override
            public void rejected(String url, String reason) {
            }
        };
        reader.read(warc, "warc:bench", sink, p -> { });
        System.out.println("| round | records | pages | records/s | pages/s | MB of entries |");
        System.out.println("|---|---|---|---|---|---|");
        for (int round = 1; round <= rounds; round++) {
            bytes[0] = 0;
            long t0 = System.nanoTime();
            WarcReader.Progress done = reader.read(warc, "warc:bench", sink, p -> { });
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf("| %d | %d | %d | %.0f | %.0f | %.1f |%n", round, done.records(), done.pages(),
                    done.records() / s, done.pages() / s, bytes[0] / 1e6);
        }
        if (out == null) {
            Files.delete(warc);
        }
    }

    /** A WARC.gz of {@code records} responses: about 85% HTML pages, 10% images, 5% 404s. */
    static void generate(Path pagesDir, Path warc, int records) throws IOException {
        List<byte[]> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(pagesDir)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                pages.add(Files.readAllBytes(f));
            }
        }
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("no .html pages in " + pagesDir);
        }
        Random random = new Random(42);
        Instant start = Instant.parse("2024-05-01T00:00:00Z");
        byte[] image = new byte[20_000];
        random.nextBytes(image);
        try (WarcWriter writer = new WarcWriter(Files.newByteChannel(warc, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING),
                WarcCompression.GZIP)) {
            for (int i = 0; i < records; i++) {
                String host = "news" + (i % 40) + ".example";
                URI uri = URI.create("https://" + host + "/" + (2024 + i % 2) + "/story-" + i + ".html");
                Instant date = start.plus(Duration.ofMinutes(7L * i));
                int kind = random.nextInt(100);
                HttpResponse http;
                if (kind < 10) {
                    http = new HttpResponse.Builder(200, "OK").body(MediaType.parse("image/jpeg"), image).build();
                } else if (kind < 15) {
                    http = new HttpResponse.Builder(404, "Not Found").body(MediaType.HTML_UTF8,
                            "<html><body>Not found</body></html>".getBytes(StandardCharsets.UTF_8)).build();
                } else {
                    http = new HttpResponse.Builder(200, "OK").body(MediaType.HTML_UTF8,
                            vary(pages.get(i % pages.size()), i)).build();
                }
                writer.write(new WarcResponse.Builder(uri).date(date).body(http).build());
            }
        }
    }

    /** The page with one paragraph of its own, so no two captures hash alike. */
    private static byte[] vary(byte[] page, int i) {
        String html = new String(page, StandardCharsets.UTF_8);
        int body = html.indexOf("</body>");
        String p = "<p>Capture " + i + " of this page, recorded for the import benchmark.</p>";
        return (body < 0 ? html + p : html.substring(0, body) + p + html.substring(body)).getBytes(StandardCharsets.UTF_8);
    }
}
