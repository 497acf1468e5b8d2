package io.newsroom.ingest.source;

import java.util.List;

/**
 * The parsed sources file.
 *
 * @param allowedHosts hosts this file's owner allows although they resolve to private or loopback addresses
 * @param sources      the sources, ids unique
 */
public record SourcesConfig(List<String> allowedHosts, List<Source> sources) {

    public SourcesConfig {
        allowedHosts = allowedHosts == null ? List.of() : List.copyOf(allowedHosts);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
