package io.newsroom.contracts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The identity of an article: lower-case hex SHA-256 of its canonical URL, read with the scheme https and without a
 * leading {@code www.} (sites serve one article under both schemes and both host names, and link to all four). It
 * is the Kafka key on every article topic and the Elasticsearch document id, which is what makes replays and
 * refetches idempotent.
 */
public final class ArticleId {

    /** The scheme and a {@code www.} label that is not the whole registrable part ({@code www.com} stays). */
    private static final Pattern SCHEME_AND_WWW = Pattern.compile("(?i)https?://(?:www\\.(?=[^/:?#]+\\.))?");

    private ArticleId() {
    }

    /** Thread-safe; {@code canonicalUrl} must already be canonical (ingest canonicalises before hashing). */
    public static String of(String canonicalUrl) {
        Objects.requireNonNull(canonicalUrl, "canonicalUrl");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity(canonicalUrl)
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** What is hashed: {@code http://www.example.org/a} and {@code https://example.org/a} are one article. */
    static String identity(String canonicalUrl) {
        Matcher m = SCHEME_AND_WWW.matcher(canonicalUrl);
        return m.lookingAt() ? "https://" + canonicalUrl.substring(m.end()) : canonicalUrl;
    }
}
