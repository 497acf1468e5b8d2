package io.newsroom.enrich;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsroom.contracts.Topics;
import io.newsroom.enrich.core.Enricher;
import io.newsroom.enrich.extract.UnextractableArticleException;
import io.newsroom.kafka.DeadLetterRecoverer;
import io.newsroom.kafka.DeadLetters;
import io.newsroom.kafka.InputTopicsGate;
import io.newsroom.kafka.TopicDeclarations;

@Configuration(proxyBeanMethods = false)
class EnrichConfig {

    private static final Logger log = LoggerFactory.getLogger(EnrichConfig.class);
    /** Bad input: dead-lettered at once, since a retry would fail the same way. */
    private static final List<Class<? extends Exception>> BAD_INPUT = List.of(UnextractableArticleException.class);

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

    @Bean
    DeadLetters deadLetters(KafkaTemplate<String, byte[]> kafka, MeterRegistry meters) {
        return new DeadLetters(kafka, meters);
    }

    /**
     * A page without text goes to its topic's dead-letter topic at once with its reason; other failures are retried
     * first. Either way the consumer moves on to the next article.
     */
    @Bean
    DefaultErrorHandler kafkaErrorHandler(DeadLetters deadLetters, EnrichProperties props) {
        DefaultErrorHandler handler = new DefaultErrorHandler(new DeadLetterRecoverer(deadLetters),
                new FixedBackOff(props.retryBackoff().toMillis(), props.maxAttempts() - 1L));
        handler.addNotRetryableExceptions(BAD_INPUT.toArray(Class[]::new));
        // a page without text is routine: the dead-letter line says it, without the container's stack trace
        handler.setLogLevel(KafkaException.Level.DEBUG);
        handler.setRetryListeners((record, e, attempt) -> {
            Throwable cause = DeadLetterRecoverer.cause(e);
            if (BAD_INPUT.stream().noneMatch(c -> c.isInstance(cause))) {
                log.warn("attempt {} failed id={} reason={}", attempt, record.key(), cause.getMessage());
            }
        });
        return handler;
    }

    @Bean
    KafkaAdmin.NewTopics enrichTopics(EnrichProperties props) {
        return TopicDeclarations.of(Topics.ENRICH, props.topics());
    }

    /** The listeners start once the topics they read exist (their producers declare them). */
    @Bean
    InputTopicsGate inputTopicsGate(KafkaListenerEndpointRegistry listeners, KafkaAdmin admin) {
        return new InputTopicsGate(listeners, admin);
    }
}
