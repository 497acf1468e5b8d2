package io.newsroom.ingest.warc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import io.newsroom.contracts.ArticleId;
import io.newsroom.contracts.FrontierEntry;

class WarcReaderTest {

    @TempDir
    Path dir;

    private final List<FrontierEntry> pages = new ArrayList<>();
    private final List<String> rejections = new ArrayList<>();
    private final WarcReader.Sink sink = new WarcReader.Sink() {
        @Override
        public void page(FrontierEntry entry) {
            pages.add(entry);
        }

        @Override
        public void rejected(String url, String reason) {
            rejections.add(url + " " + reason);
        }
    };

    private static byte[] arabicPage() throws IOException {
        try (InputStream in = WarcReaderTest.class.getResourceAsStream("/sample-site/arabic/tokayev-visit.html")) {
            return in.readAllBytes();
        }
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    private Path warc(WarcCompression compression) throws IOException {
        Path file = dir.resolve(compression == WarcCompression.GZIP ? "crawl.warc.gz" : "crawl.warc");
        Instant at = Instant.parse("2024-05-08T10:00:00Z");
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(file, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE), compression)) {
            w.write(new WarcRequest.Builder(URI.create("https://news.example/ar/visit"))
                    .body(new HttpRequest.Builder("GET", "/ar/visit").build()).build());
            // windows-1256 named only in the page's <meta>, the payload gzip-encoded as the server sent it
            w.write(new WarcResponse.Builder(URI.create("https://news.example/ar/visit?utm_source=x#top")).date(at)
                    .body(new HttpResponse.Builder(200, "OK").addHeader("Content-Encoding", "gzip")
                            .body(MediaType.HTML, gzip(arabicPage())).build()).build());
            w.write(new WarcResponse.Builder(URI.create("https://news.example/logo.png")).date(at)
                    .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse("image/png"), new byte[] {1, 2, 3})
                            .build()).build());
            w.write(new WarcResponse.Builder(URI.create("https://news.example/gone")).date(at)
                    .body(new HttpResponse.Builder(404, "Not Found").body(MediaType.HTML_UTF8,
                            "<p>gone</p>".getBytes(StandardCharsets.UTF_8)).build()).build());
            w.write(new WarcResponse.Builder(URI.create("https://news.example/big")).date(at)
                    .body(new HttpResponse.Builder(200, "OK").body(MediaType.HTML_UTF8,
                            ("<p>" + "x".repeat(5000) + "</p>").getBytes(StandardCharsets.UTF_8)).build()).build());
            w.write(new WarcResponse.Builder(URI.create("https://news.example/en/talks")).date(at)
                    .body(new HttpResponse.Builder(200, "OK").body(MediaType.HTML_UTF8,
                            "<html><body><p>Talks in Moscow.</p></body></html>".getBytes(StandardCharsets.UTF_8))
                            .build()).build());
        }
        return file;
    }

    @Test
    void htmlCapturesBecomeFrontierEntriesDecodedAsTheFetcherDecodesAndTheRestIsCountedOrRejected() throws IOException {
        WarcReader.Progress done = new WarcReader(4096).read(warc(WarcCompression.GZIP), "warc:crawl.warc.gz", sink, p -> { });

        assertThat(done.records()).isEqualTo(6);
        assertThat(done.pages()).isEqualTo(2);
        assertThat(done.skipped()).as("request, image, 404").isEqualTo(3);
        assertThat(done.rejected()).isEqualTo(1);
        assertThat(rejections).singleElement().asString().startsWith("https://news.example/big page larger than 4096");

        FrontierEntry arabic = pages.get(0);
        assertThat(arabic.canonicalUrl()).isEqualTo("https://news.example/ar/visit");
        assertThat(arabic.id()).isEqualTo(ArticleId.of("https://news.example/ar/visit"));
        assertThat(arabic.source()).isEqualTo("warc:crawl.warc.gz");
        assertThat(arabic.capture().charset()).isEqualTo("windows-1256");
        assertThat(arabic.capture().body()).contains("قاسم جومارت توكايف");
        assertThat(arabic.capture().capturedAt()).isEqualTo(Instant.parse("2024-05-08T10:00:00Z"));
        assertThat(pages.get(1).capture().body()).contains("Talks in Moscow.");
    }

    @Test
    void anUncompressedWarcReadsTheSame() throws IOException {
        WarcReader.Progress done = new WarcReader(4096).read(warc(WarcCompression.NONE), "warc:crawl.warc", sink, p -> { });
        assertThat(done.pages()).isEqualTo(2);
        assertThat(done.shareDone()).isEqualTo(1.0);
    }

    @Test
    void aTruncatedArchiveKeepsWhatWasReadAndRejectsTheRestWithTheReason() throws IOException {
        Path whole = warc(WarcCompression.NONE);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = dir.resolve("cut.warc");
        // cut inside the last record's payload
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length - 30));
        WarcReader.Progress done = new WarcReader(4096).read(cut, "warc:cut.warc", sink, p -> { });
        assertThat(done.pages()).isGreaterThanOrEqualTo(1);
        assertThat(pages.get(0).capture().body()).contains("قاسم جومارت توكايف");
        assertThat(rejections).contains("https://news.example/en/talks unreadable payload in the archive: expected 26 more bytes in file");
    }

    @Test
    void aFileThatIsNoWarcIsRefusedWithTheReason() throws IOException {
        Path notWarc = dir.resolve("page.warc");
        Files.writeString(notWarc, "<html>not an archive</html>");
        assertThatThrownBy(() -> new WarcReader(4096).read(notWarc, "warc:page.warc", sink, p -> { }))
                .isInstanceOf(IOException.class).hasMessageStartingWith("not a WARC file");
    }
}
