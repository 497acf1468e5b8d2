package io.newsroom.alert;

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
public final class WebhookSigner {

    static final String SIGNATURE_HEADER = "X-Newsroom-Signature";
    static final String TIMESTAMP_HEADER = "X-Newsroom-Timestamp";

    private final byte[] key;

    /** @param secret null or blank: requests go unsigned */
    public WebhookSigner(String secret) {
        this.key = secret == null || secret.isBlank() ? null : secret.getBytes(StandardCharsets.UTF_8);
    }

    boolean signs() {
        return key != null;
    }

    /** @return what {@code X-Newsroom-Signature} carries for this timestamp and body: {@code sha256=<hex>} */
    public String sign(long timestamp, byte[] body) {
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
