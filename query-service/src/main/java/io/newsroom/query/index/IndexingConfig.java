package io.newsroom.query.index;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

import io.newsroom.contracts.Topics;
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
    NewTopic enrichedArticlesTopic(QueryProperties props) {
        return TopicBuilder.name(Topics.ENRICHED).partitions(props.topicPartitions()).build();
    }

    @Bean
    NewTopic eventMentionsTopic(QueryProperties props) {
        return TopicBuilder.name(Topics.EVENT_MENTIONS).partitions(props.topicPartitions()).build();
    }

    /** Merged events: this service's event merging publishes them (see {@link Topics#EVENTS}). */
    @Bean
    NewTopic eventsTopic(QueryProperties props) {
        return TopicBuilder.name(Topics.EVENTS).partitions(props.topicPartitions()).build();
    }

    @Bean
    NewTopic eventMentionsDeadLetterTopic(QueryProperties props) {
        return TopicBuilder.name(Topics.EVENT_MENTIONS_DLT).partitions(props.topicPartitions()).build();
    }

    @Bean
    NewTopic enrichedDeadLetterTopic(QueryProperties props) {
        return TopicBuilder.name(Topics.ENRICHED_DLT).partitions(props.topicPartitions()).build();
    }
}
