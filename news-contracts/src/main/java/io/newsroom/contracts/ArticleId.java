package io.newsroom.contracts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The identity of an article: lower-case hex SHA-256 of its canonical URL. It is the Kafka key on every topic
 * and the Elasticsearch document id, which is what makes replays and refetches idempotent.
 */
public final class ArticleId {

    private ArticleId() {
    }

    /** Thread-safe; {@code canonicalUrl} must already be canonical (ingest canonicalises before hashing). */
    public static String of(String canonicalUrl) {
        Objects.requireNonNull(canonicalUrl, "canonicalUrl");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonicalUrl.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
