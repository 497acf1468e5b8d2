package io.newsroom.query.alert;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Webhook signatures: HMAC-SHA256 over {@code <timestamp>.<body>}, sent as {@code X-Newsroom-Signature:
 * sha256=<hex>} beside {@code X-Newsroom-Timestamp}. Signing the timestamp lets a receiver refuse an old request
 * replayed at it. Pure.
 */
final class WebhookSigner {

    static final String SIGNATURE_HEADER = "X-Newsroom-Signature";
    static final String TIMESTAMP_HEADER = "X-Newsroom-Timestamp";

    private final byte[] key;

    /** @param secret null or blank: requests go unsigned */
    WebhookSigner(String secret) {
        this.key = secret == null || secret.isBlank() ? null : secret.getBytes(StandardCharsets.UTF_8);
    }

    boolean signs() {
        return key != null;
    }

    String sign(long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
