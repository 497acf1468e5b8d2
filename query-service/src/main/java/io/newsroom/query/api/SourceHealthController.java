package io.newsroom.query.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.newsroom.query.QueryProperties;
import io.newsroom.web.ServiceUnavailableException;

/**
 * The ingest service's source health, passed through, so the dashboard (served from here) needs one origin and
 * the ingest service need not be reachable from browsers.
 */
@RestController
class SourceHealthController {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final URI sources;

    SourceHealthController(QueryProperties props) {
        this.sources = URI.create(props.ingestUrl().replaceAll("/+$", "") + "/api/sources");
    }

    @GetMapping("/api/sources")
    ResponseEntity<String> sources() throws InterruptedException {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(sources).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new ServiceUnavailableException("the ingest service answered " + r.statusCode() + " for source health");
            }
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(r.body());
        } catch (IOException e) {
            throw new ServiceUnavailableException("the ingest service (" + sources.getAuthority() + ") is not reachable for source health");
        }
    }
}
