package io.newsroom.ingest.api;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.newsroom.ingest.source.SourceHealth;
import io.newsroom.ingest.source.SourceMonitor;
import io.newsroom.ingest.source.SourcesConfig;

@RestController
class SourcesController {

    private final SourcesConfig sources;
    private final SourceMonitor monitor;

    SourcesController(SourcesConfig sources, SourceMonitor monitor) {
        this.sources = sources;
        this.monitor = monitor;
    }

    /** Every configured source with its health: last poll, last new article, articles per day, errors, stale. */
    @GetMapping("/api/sources")
    List<SourceHealth> sources() {
        return monitor.health(sources.sources());
    }
}
