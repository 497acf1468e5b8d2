package io.newsroom.enrich;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.util.backoff.FixedBackOff;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsroom.contracts.InvalidMessageException;
import io.newsroom.contracts.Topics;
import io.newsroom.enrich.core.Enricher;
import io.newsroom.enrich.extract.UnextractableArticleException;

@Configuration(proxyBeanMethods = false)
class EnrichConfig {

    private static final Logger log = LoggerFactory.getLogger(EnrichConfig.class);
    /** Bad input: dead-lettered at once, since a retry would fail the same way. */
    private static final List<Class<? extends Exception>> BAD_INPUT = List.of(InvalidMessageException.class,
            UnextractableArticleException.class);

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    Enricher enricher() {
        long t0 = System.nanoTime();
        Enricher enricher = Enricher.shipped();
        log.info("extractor and gazetteer ready in {} ms", (System.nanoTime() - t0) / 1_000_000);
        return enricher;
    }

    /**
     * Bad input (undecodable message, page without text) goes to the dead-letter topic at once with its reason in
     * a header; other failures are retried first. Either way the consumer moves on to the next article.
     */
    @Bean
    DefaultErrorHandler kafkaErrorHandler(KafkaTemplate<String, byte[]> kafka, EnrichProperties props, MeterRegistry meters) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(kafka,
                (record, e) -> new TopicPartition(Topics.RAW_DLT, -1));
        recoverer.setHeadersFunction((record, e) -> {
            Throwable cause = rootCause(e);
            String reason = String.valueOf(cause.getMessage());
            meters.counter("newsroom.enrich.dead-letters", "reason", cause.getClass().getSimpleName()).increment();
            log.warn("dead letter id={} reason={}", record.key(), reason);
            RecordHeaders headers = new RecordHeaders();
            headers.add(Topics.REASON_HEADER, reason.getBytes(StandardCharsets.UTF_8));
            return headers;
        });
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer,
                new FixedBackOff(props.retryBackoff().toMillis(), props.maxAttempts() - 1L));
        handler.addNotRetryableExceptions(BAD_INPUT.toArray(Class[]::new));
        // a page without text is routine: the dead-letter line above says it, without the container's stack trace
        handler.setLogLevel(KafkaException.Level.DEBUG);
        handler.setRetryListeners((record, e, attempt) -> {
            Throwable cause = rootCause(e);
            if (BAD_INPUT.stream().noneMatch(c -> c.isInstance(cause))) {
                log.warn("attempt {} failed id={} reason={}", attempt, record.key(), cause.getMessage());
            }
        });
        return handler;
    }

    /** The listener's own exception, under the container's and the batch's wrappers. */
    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while ((cause instanceof ListenerExecutionFailedException || cause instanceof BatchListenerFailedException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    @Bean
    NewTopic rawArticlesTopic(EnrichProperties props) {
        // compacted: the latest revision of every article is kept for reprocessing
        return TopicBuilder.name(Topics.RAW).partitions(props.topicPartitions()).compact().build();
    }

    @Bean
    NewTopic reprocessTopic(EnrichProperties props) {
        return TopicBuilder.name(Topics.REPROCESS).partitions(props.topicPartitions()).build();
    }

    @Bean
    NewTopic enrichedArticlesTopic(EnrichProperties props) {
        return TopicBuilder.name(Topics.ENRICHED).partitions(props.topicPartitions()).build();
    }

    @Bean
    NewTopic eventMentionsTopic(EnrichProperties props) {
        return TopicBuilder.name(Topics.EVENT_MENTIONS).partitions(props.topicPartitions()).build();
    }

    @Bean
    NewTopic rawDeadLetterTopic(EnrichProperties props) {
        return TopicBuilder.name(Topics.RAW_DLT).partitions(props.topicPartitions()).build();
    }
}
