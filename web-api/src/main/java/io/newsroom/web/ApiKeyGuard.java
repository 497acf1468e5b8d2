package io.newsroom.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The API keys a service's endpoints take in {@value #HEADER}: the write key ({@code NEWSROOM_API_KEY}) for
 * changes, and for reading what is not public either key, the read key ({@code NEWSROOM_READ_KEY}) or the write
 * key. A key not configured (null or blank) is off: no write key turns changes off, no key at all turns the keyed
 * reads off. Refusals are {@link ResponseStatusException}s: 401 for a missing or wrong key, 403 for the read key
 * sent to a write endpoint or for an endpoint that is off. Keys are compared in constant time (as SHA-256 digests,
 * so not even their length shows in the response time) and never appear in {@link #toString()} or a message.
 * Thread-safe.
 */
public final class ApiKeyGuard {

    /** The request header the keys are sent in. */
    public static final String HEADER = "X-API-Key";

    private final byte[] readKey;
    private final byte[] writeKey;
    private final String writesOff;

    /**
     * @param readKey   grants reading; null or blank: only the write key does
     * @param writeKey  grants writing and reading; null or blank turns the write endpoints off
     * @param writesOff the 403 message when there is no write key, saying how to set one
     */
    public ApiKeyGuard(String readKey, String writeKey, String writesOff) {
        this.readKey = digest(readKey);
        this.writeKey = digest(writeKey);
        this.writesOff = writesOff;
    }

    /** Write endpoints: the write key only. */
    public void checkWrite(String presented) {
        if (writeKey == null) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, writesOff);
        }
        byte[] p = digest(presented);
        boolean write = matches(writeKey, p);
        boolean read = matches(readKey, p);
        if (write) {
            return;
        }
        if (read) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "the read key cannot change anything: send the write key (NEWSROOM_API_KEY) in " + HEADER);
        }
        throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "missing or wrong " + HEADER);
    }

    /** Keyed reads: the read key or the write key. */
    public void checkRead(String presented) {
        if (readKey == null && writeKey == null) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "reading this is disabled: set NEWSROOM_READ_KEY (or NEWSROOM_API_KEY) to enable it");
        }
        byte[] p = digest(presented);
        // both compared every time: which key matched must not show either
        boolean ok = matches(readKey, p) | matches(writeKey, p);
        if (!ok) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "missing or wrong " + HEADER
                    + " (the read key or the write key)");
        }
    }

    /** Whether the write key is configured. */
    public boolean writable() {
        return writeKey != null;
    }

    @Override
    public String toString() {
        return "ApiKeyGuard[readKey=" + (readKey == null ? "none" : "***") + ", writeKey=" + (writeKey == null ? "none" : "***") + "]";
    }

    private static boolean matches(byte[] key, byte[] presented) {
        return key != null && presented != null && MessageDigest.isEqual(key, presented);
    }

    private static byte[] digest(String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
