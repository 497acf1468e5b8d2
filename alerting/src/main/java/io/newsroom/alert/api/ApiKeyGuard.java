package io.newsroom.alert.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Write endpoints need the configured API key; without one configured they are off. Thread-safe. */
class ApiKeyGuard {

    private final byte[] key;

    /** @param apiKey null or blank turns the write endpoints off */
    ApiKeyGuard(String apiKey) {
        this.key = apiKey == null || apiKey.isBlank() ? null : apiKey.getBytes(StandardCharsets.UTF_8);
    }

    void check(String presented) {
        if (key == null) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "changing alert rules is disabled: set NEWSROOM_API_KEY to enable it");
        }
        // constant-time: the response time must not tell how much of a guess was right
        if (presented == null || !MessageDigest.isEqual(key, presented.getBytes(StandardCharsets.UTF_8))) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "missing or wrong X-API-Key");
        }
    }
}
