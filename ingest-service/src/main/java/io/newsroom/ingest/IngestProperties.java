package io.newsroom.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import io.newsroom.kafka.TopicSettings;
import io.newsroom.web.Secrets;

/**
 * The ingest service's settings; defaults and their reasons are in application.yml.
 *
 * @param sourcesFile        the YAML sources file (format in the README)
 * @param allowedHosts       hosts the fetcher may reach although they resolve to loopback or private addresses
 * @param userAgent          sent with every request
 * @param maxBodySize        larger responses are refused (after decompression)
 * @param connectTimeout     TCP connect timeout
 * @param readTimeout        time allowed for the whole response
 * @param maxRedirects       redirects followed per request
 * @param defaultPollInterval how often a source without its own interval is polled
 * @param topics             partitions and replication of the topics this service declares
 * @param politeness         how hard any one host is fetched
 * @param staleAfter         a source that gives nothing new for this long is flagged stale
 * @param apiKey             the write key: write endpoints require it in the X-API-Key header; none disables them
 * @param readKey            the read key: accepted where reading needs a key, refused (403) by write endpoints
 * @param fetchThreads       frontier partitions fetched in parallel by this instance (at most the partition count)
 * @param fetchRetries       times a transiently failed URL is put back on the frontier before it waits for its
 *                           next discovery
 * @param retryDelay         the wait before the first retry; doubled for each further one
 */
@Validated
@ConfigurationProperties("newsroom.ingest")
public record IngestProperties(
        @NotNull Path sourcesFile,
        List<String> allowedHosts,
        @NotBlank String userAgent,
        @NotNull DataSize maxBodySize,
        @NotNull Duration connectTimeout,
        @NotNull Duration readTimeout,
        @Min(0) int maxRedirects,
        @NotNull Duration defaultPollInterval,
        @Valid @NotNull TopicSettings topics,
        @NotNull Politeness politeness,
        @NotNull Duration staleAfter,
        String apiKey,
        @Min(1) int fetchThreads,
        @Min(0) int fetchRetries,
        @NotNull Duration retryDelay,
        String readKey) {

    public IngestProperties {
        allowedHosts = allowedHosts == null ? List.of() : List.copyOf(allowedHosts);
    }

    /** The settings without the keys, which never go to a log. */
    @Override
    public String toString() {
        return "IngestProperties[sourcesFile=" + sourcesFile + ", allowedHosts=" + allowedHosts + ", userAgent=" + userAgent
                + ", maxBodySize=" + maxBodySize + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout
                + ", maxRedirects=" + maxRedirects + ", defaultPollInterval=" + defaultPollInterval + ", topics=" + topics
                + ", politeness=" + politeness + ", staleAfter=" + staleAfter + ", apiKey=" + Secrets.mask(apiKey)
                + ", fetchThreads=" + fetchThreads + ", fetchRetries=" + fetchRetries + ", retryDelay=" + retryDelay
                + ", readKey=" + Secrets.mask(readKey) + "]";
    }

    /**
     * @param perHostDelay the least time between two requests to one host (robots.txt may ask for more)
     * @param robotsTtl    how long a host's robots.txt is trusted before it is fetched again
     * @param maxHostWait  a host that asks for a longer wait (Retry-After, backoff) is skipped until the next poll
     * @param backoffBase  the first pause after a host fails; doubled on each further failure
     * @param backoffMax   the longest such pause
     */
    public record Politeness(@NotNull Duration perHostDelay, @NotNull Duration robotsTtl, @NotNull Duration maxHostWait,
            @NotNull Duration backoffBase, @NotNull Duration backoffMax) {
    }
}
