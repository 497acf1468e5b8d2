package io.newsroom.cli.up;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;

import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** A WARC file of sample-site pages captured under other URLs ({@code https://archive.example/NAME}), and an image. */
final class SeedArchive {

    private static final Instant CAPTURED = Instant.parse("2024-05-09T12:00:00Z");

    private SeedArchive() {
    }

    /** @param pages capture name to the page's path under the sample site's resources */
    static Path write(Path file, Map<String, String> pages) throws Exception {
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                WarcCompression.GZIP)) {
            for (var page : pages.entrySet()) {
                byte[] html;
                try (InputStream in = SeedArchive.class.getResourceAsStream("/sample-site/" + page.getValue())) {
                    html = in.readAllBytes();
                }
                w.write(new WarcResponse.Builder(URI.create("https://archive.example/" + page.getKey())).date(CAPTURED)
                        .body(new org.netpreserve.jwarc.HttpResponse.Builder(200, "OK")
                                .body(MediaType.parse("text/html; charset=utf-8"), html).build()).build());
            }
            w.write(new WarcResponse.Builder(URI.create("https://archive.example/logo.png")).date(CAPTURED)
                    .body(new org.netpreserve.jwarc.HttpResponse.Builder(200, "OK")
                            .body(MediaType.parse("image/png"), new byte[] {1, 2, 3}).build()).build());
        }
        return file;
    }
}
