package io.newsroom.ingest.warc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.function.Consumer;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

import io.newsroom.contracts.FrontierEntry;
import io.newsroom.contracts.ItemHints;
import io.newsroom.ingest.fetch.CharsetSniffer;
import io.newsroom.ingest.fetch.PageFetcher;
import io.newsroom.ingest.fetch.FrontierEntries;

/**
 * Reads a WARC or WARC.gz file (jwarc) and turns each captured HTML page into a frontier entry carrying the page,
 * decoded as the fetcher decodes pages. Requests, metadata, non-HTML payloads and non-200 responses are counted
 * and skipped; a page that cannot be used (over the size cap, unreadable URL) goes to the sink as a rejection
 * with its reason. Not thread-safe; one instance per file at a time.
 */
public final class WarcReader {

    /** Where pages and rejections go. */
    public interface Sink {

        void page(FrontierEntry entry);

        void rejected(String url, String reason);
    }

    /** Counts so far; {@code position} and {@code size} are bytes of the (compressed) file. */
    public record Progress(long records, long pages, long skipped, long rejected, long position, long size) {

        public double shareDone() {
            return size == 0 ? 1 : Math.min(1, (double) position / size);
        }
    }

    private final CharsetSniffer charsets = new CharsetSniffer();
    private final FrontierEntries entries = new FrontierEntries();
    private final long maxBytes;

    /** @param maxBytes pages larger than this (decoded from any content encoding) are rejected */
    public WarcReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * Reads the whole file.
     *
     * @param progress called after every record with the counts so far
     * @return the final counts
     * @throws IOException when the file cannot be opened or is not a WARC file from its first record on; a file
     *                     that breaks later ends the import there, with what was read so far handed on
     */
    public Progress read(Path file, String source, Sink sink, Consumer<Progress> progress) throws IOException {
        long records = 0;
        long pages = 0;
        long skipped = 0;
        long rejected = 0;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
                org.netpreserve.jwarc.WarcReader reader = new org.netpreserve.jwarc.WarcReader(channel)) {
            long size = channel.size();
            while (true) {
                WarcRecord record;
                try {
                    var next = reader.next();
                    if (next.isEmpty()) {
                        break;
                    }
                    record = next.get();
                } catch (IOException | RuntimeException e) {
                    if (records == 0) {
                        throw new IOException("not a WARC file: " + e.getMessage(), e);
                    }
                    // a damaged or truncated archive: what was read counts, the rest cannot be found again
                    sink.rejected(file.toString(), "archive unreadable after record " + records + " (byte "
                            + reader.position() + "): " + e.getMessage());
                    rejected++;
                    break;
                }
                records++;
                Result result = page(record, source);
                if (result instanceof Page p) {
                    sink.page(p.entry());
                    pages++;
                } else if (result instanceof Rejected r) {
                    sink.rejected(r.url(), r.reason());
                    rejected++;
                } else {
                    skipped++;
                }
                progress.accept(new Progress(records, pages, skipped, rejected, channel.position(), size));
            }
            return new Progress(records, pages, skipped, rejected, size, size);
        }
    }

    private sealed interface Result permits Page, Rejected, Skipped {
    }

    private record Page(FrontierEntry entry) implements Result {
    }

    private record Rejected(String url, String reason) implements Result {
    }

    private record Skipped() implements Result {
    }

    private Result page(WarcRecord record, String source) throws IOException {
        if (!(record instanceof WarcResponse response)) {
            return new Skipped();
        }
        String url = response.target();
        HttpResponse http;
        try {
            http = response.http();
        } catch (IOException | RuntimeException e) {
            // DNS records, gemini captures, and HTTP heads jwarc cannot parse
            return new Skipped();
        }
        String contentType = http.headers().first("Content-Type").orElse("");
        String mediaType = PageFetcher.mediaType(contentType);
        if (http.status() != 200 || !PageFetcher.isHtml(mediaType)) {
            return new Skipped();
        }
        byte[] bytes;
        try (InputStream in = http.bodyDecoded().stream()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException | RuntimeException e) {
            return new Rejected(url, "unreadable payload in the archive: " + e.getMessage());
        }
        if (bytes.length > maxBytes) {
            return new Rejected(url, "page larger than " + maxBytes + " bytes in the archive");
        }
        Charset charset = charsets.sniff(bytes, contentType);
        Instant capturedAt = response.date();
        try {
            return new Page(entries.discovered(source, url, ItemHints.none(), capturedAt,
                    new FrontierEntry.Capture(url, capturedAt, mediaType, charset.name(), charsets.decode(bytes, charset)),
                    Instant.now()));
        } catch (IllegalArgumentException e) {
            return new Rejected(url, e.getMessage());
        }
    }
}
