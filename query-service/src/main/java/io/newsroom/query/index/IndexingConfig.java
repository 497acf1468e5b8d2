package io.newsroom.query.index;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsroom.contracts.Topics;
import io.newsroom.kafka.DeadLetters;
import io.newsroom.kafka.InputTopicsGate;
import io.newsroom.kafka.TopicDeclarations;
import io.newsroom.query.QueryProperties;

@Configuration(proxyBeanMethods = false)
class IndexingConfig {

    /**
     * A batch that throws (Elasticsearch away or overloaded) is retried with growing pauses and never given up:
     * the consumer holds its position until the cluster is back, then catches up.
     */
    @Bean
    DefaultErrorHandler kafkaErrorHandler(QueryProperties props) {
        ExponentialBackOff backOff = new ExponentialBackOff(500, 2.0);
        backOff.setMaxInterval(props.maxRetryBackoff().toMillis());
        return new DefaultErrorHandler(backOff);
    }

    @Bean
    KafkaAdmin.NewTopics queryTopics(QueryProperties props) {
        return TopicDeclarations.of(Topics.QUERY, props.topics());
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
