package io.newsroom.ingest;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

import io.newsroom.contracts.Topics;
import io.newsroom.ingest.fetch.AddressGuard;
import io.newsroom.ingest.fetch.HostPolicy;
import io.newsroom.ingest.fetch.PageFetcher;
import io.newsroom.ingest.source.InvalidSourcesException;
import io.newsroom.ingest.source.SourceMonitor;
import io.newsroom.ingest.source.SourceRegistry;
import io.newsroom.ingest.source.SourcesConfig;
import io.newsroom.ingest.source.SourcesFileParser;

@Configuration(proxyBeanMethods = false)
class IngestConfig {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Read once at start; an unreadable or invalid file stops the service with the reason. */
    @Bean
    SourcesConfig sourcesConfig(IngestProperties props) {
        try {
            return new SourcesFileParser().parse(Files.readString(props.sourcesFile()));
        } catch (IOException e) {
            throw new InvalidSourcesException("cannot read sources file " + props.sourcesFile().toAbsolutePath() + ": " + e);
        } catch (InvalidSourcesException e) {
            throw new InvalidSourcesException(props.sourcesFile().toAbsolutePath() + ": " + e.getMessage());
        }
    }

    @Bean
    SourceRegistry sourceRegistry(SourcesConfig sources) {
        return new SourceRegistry(sources);
    }

    @Bean
    SourceMonitor sourceMonitor(IngestProperties props, Clock clock) {
        return new SourceMonitor(clock, props.staleAfter());
    }

    @Bean
    PageFetcher pageFetcher(IngestProperties props, SourcesConfig sources, Clock clock) {
        List<String> allowed = new ArrayList<>(props.allowedHosts());
        allowed.addAll(sources.allowedHosts());
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(props.connectTimeout())
                // redirects are followed by PageFetcher, which checks every hop's address
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        IngestProperties.Politeness p = props.politeness();
        HostPolicy policy = new HostPolicy(props.userAgent(), p.perHostDelay(), p.robotsTtl(), p.maxHostWait(),
                p.backoffBase(), p.backoffMax(), clock);
        return new PageFetcher(http, new AddressGuard(allowed), policy, props.userAgent(), props.maxBodySize().toBytes(),
                props.readTimeout(), props.maxRedirects(), clock);
    }

    @Bean
    NewTopic rawArticlesTopic(IngestProperties props) {
        return TopicBuilder.name(Topics.RAW).partitions(props.topicPartitions()).build();
    }

    @Bean
    NewTopic ingestDeadLetterTopic(IngestProperties props) {
        return TopicBuilder.name(Topics.INGEST_DLT).partitions(props.topicPartitions()).build();
    }
}
