package io.newsroom.ingest;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Supplier;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsroom.contracts.Topics;
import io.newsroom.ingest.fetch.AddressGuard;
import io.newsroom.ingest.fetch.HostPolicy;
import io.newsroom.ingest.fetch.PageFetcher;
import io.newsroom.ingest.frontier.FrontierRetries;
import io.newsroom.ingest.frontier.SeenStore;
import io.newsroom.ingest.frontier.SiteOwnership;
import io.newsroom.ingest.publish.ArticlePublisher;
import io.newsroom.ingest.source.InvalidSourcesException;
import io.newsroom.ingest.source.SourceMonitor;
import io.newsroom.ingest.source.SourceRegistry;
import io.newsroom.ingest.source.SourcesConfig;
import io.newsroom.ingest.source.SourcesFileParser;
import io.newsroom.kafka.DeadLetters;
import io.newsroom.kafka.InputTopicsGate;
import io.newsroom.kafka.TopicDeclarations;

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
    SeenStore seenStore(ConsumerFactory<?, ?> consumers, ArticlePublisher publisher) {
        Properties assignOnly = new Properties();
        assignOnly.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        @SuppressWarnings("unchecked")
        Supplier<Consumer<String, byte[]>> supplier = () ->
                (Consumer<String, byte[]>) consumers.createConsumer(null, "seen-loader", null, assignOnly);
        return new SeenStore(supplier, publisher);
    }

    /** The sites this instance fetches from: those of the frontier partitions Kafka assigned it. */
    @Bean
    SiteOwnership siteOwnership(ArticlePublisher publisher) {
        return new SiteOwnership(publisher::frontierPartitions);
    }

    @Bean
    FrontierRetries frontierRetries(ArticlePublisher publisher, IngestProperties props) {
        return new FrontierRetries(publisher, props.fetchRetries(), props.retryDelay());
    }

    /**
     * Only a broker that does not acknowledge escapes the frontier listener (every other failure is a dead letter
     * already): the entry is retried, with backoff, until the broker is back, never skipped.
     */
    @Bean
    DefaultErrorHandler kafkaErrorHandler() {
        ExponentialBackOff backOff = new ExponentialBackOff(1000, 2.0);
        backOff.setMaxInterval(30_000);
        return new DefaultErrorHandler(backOff);
    }

    @Bean
    KafkaAdmin.NewTopics ingestTopics(IngestProperties props) {
        return TopicDeclarations.of(Topics.INGEST, props.topics());
    }

    /** The listeners start once the topics they read exist (their producers declare them). */
    @Bean
    InputTopicsGate inputTopicsGate(KafkaListenerEndpointRegistry listeners, KafkaAdmin admin) {
        return new InputTopicsGate(listeners, admin);
    }

    @Bean
    DeadLetters deadLetters(KafkaTemplate<String, byte[]> kafka, MeterRegistry meters) {
        return new DeadLetters(kafka, meters);
    }
}
