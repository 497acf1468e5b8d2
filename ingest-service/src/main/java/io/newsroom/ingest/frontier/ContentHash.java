package io.newsroom.ingest.frontier;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The fingerprint that decides whether a refetched page is a new revision: SHA-256 of the page's visible text with
 * whitespace collapsed. Markup, scripts, styles and attributes (ad slots, nonces, tracking ids that change on every
 * request) do not count; a changed sentence does. Pure and thread-safe.
 */
public final class ContentHash {

    private ContentHash() {
    }

    public static String of(String html) {
        Document doc = Jsoup.parse(html);
        doc.select("script, style, noscript, template").remove();
        String text = doc.text();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            // 128 bits: collisions among billions of pages are out of reach, and the seen state stays small
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
