package io.newsroom.ingest.api;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.newsroom.ingest.IngestProperties;
import io.newsroom.ingest.source.InvalidSourcesException;
import io.newsroom.ingest.source.SourceConflictException;
import io.newsroom.ingest.source.SourceHealth;
import io.newsroom.ingest.source.SourceMonitor;
import io.newsroom.ingest.source.SourceRegistry;
import io.newsroom.ingest.source.SourcesFileParser;
import io.newsroom.web.ApiKeyGuard;

/** Sources while the service runs: health for anyone, changes for holders of the API key. */
@RestController
@RequestMapping("/api/sources")
class SourcesController {

    private static final int MAX_BODY_CHARS = 64 * 1024;

    private final SourceRegistry registry;
    private final SourceMonitor monitor;
    private final ApiKeyGuard guard;
    private final IngestProperties props;
    private final SourcesFileParser parser = new SourcesFileParser();

    SourcesController(SourceRegistry registry, SourceMonitor monitor, IngestProperties props) {
        this.registry = registry;
        this.monitor = monitor;
        this.guard = new ApiKeyGuard(props.readKey(), props.apiKey(),
                "write endpoints are disabled: set NEWSROOM_API_KEY to enable them");
        this.props = props;
    }

    /** Every configured source with its health: last poll, last new article, articles per day, errors, stale. */
    @GetMapping
    List<SourceHealth> sources() {
        return monitor.health(registry);
    }

    /** Adds a source, given as a sources-file entry in JSON; it is polled at once. */
    @PostMapping
    ResponseEntity<Map<String, String>> add(@RequestHeader(value = "X-API-Key", required = false) String key,
            @RequestBody String body) {
        guard.checkWrite(key);
        if (body.length() > MAX_BODY_CHARS) {
            throw new InvalidSourcesException("a source is at most " + MAX_BODY_CHARS + " characters");
        }
        var source = parser.parseOne(body);
        registry.add(source);
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", source.id(), "status", "added"));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> remove(@RequestHeader(value = "X-API-Key", required = false) String key, @PathVariable String id) {
        guard.checkWrite(key);
        return registry.remove(id) ? ResponseEntity.noContent().build() : notFound(id);
    }

    @PostMapping("/{id}/pause")
    Map<String, String> pause(@RequestHeader(value = "X-API-Key", required = false) String key, @PathVariable String id) {
        guard.checkWrite(key);
        return registry.pause(id, true) ? Map.of("id", id, "status", "paused") : notFound(id);
    }

    @PostMapping("/{id}/resume")
    Map<String, String> resume(@RequestHeader(value = "X-API-Key", required = false) String key, @PathVariable String id) {
        guard.checkWrite(key);
        return registry.pause(id, false) ? Map.of("id", id, "status", "polling") : notFound(id);
    }

    /** Re-reads the sources file: new sources start, removed ones stop, changed ones restart. */
    @PostMapping("/reload")
    Map<String, Object> reload(@RequestHeader(value = "X-API-Key", required = false) String key) throws IOException {
        guard.checkWrite(key);
        int[] counts = registry.replaceWith(parser.parse(Files.readString(props.sourcesFile())));
        return Map.of("added", counts[0], "removed", counts[1], "changed", counts[2]);
    }

    private static <T> T notFound(String id) {
        throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no source '" + id + "'");
    }

    @ExceptionHandler(InvalidSourcesException.class)
    ResponseEntity<Map<String, Object>> invalid(InvalidSourcesException e) {
        return error(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(SourceConflictException.class)
    ResponseEntity<Map<String, Object>> conflict(SourceConflictException e) {
        return error(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<Map<String, Object>> status(ResponseStatusException e) {
        return error(HttpStatus.valueOf(e.getStatusCode().value()), e.getReason());
    }

    private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(Map.of("status", status.value(), "error", status.getReasonPhrase(),
                "message", message));
    }
}
