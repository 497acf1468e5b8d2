package io.newsroom.query.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import io.newsroom.query.QueryProperties;

/** Write endpoints need the configured API key; without one configured they are off. */
@Component
class ApiKeyGuard {

    private final byte[] key;

    ApiKeyGuard(QueryProperties props) {
        this.key = props.apiKey() == null || props.apiKey().isBlank() ? null : props.apiKey().getBytes(StandardCharsets.UTF_8);
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
