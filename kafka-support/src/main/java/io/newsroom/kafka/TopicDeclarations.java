package io.newsroom.kafka;

import java.util.List;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

import io.newsroom.contracts.TopicSpec;
import io.newsroom.contracts.Topics;

/**
 * The topics one service declares, from the contracts' catalogue: a service that produces a topic creates it at start
 * (through Spring's {@link KafkaAdmin}), and no other service does, so its settings are written once. Consumers do
 * not create topics (brokers and clients here have automatic creation off); a consumer that starts first waits for
 * its producer. Pure.
 */
public final class TopicDeclarations {

    private TopicDeclarations() {
    }

    /** A {@code KafkaAdmin.NewTopics} bean for {@code service} ({@link Topics#INGEST}...). */
    public static KafkaAdmin.NewTopics of(String service, TopicSettings settings) {
        return new KafkaAdmin.NewTopics(topics(service, settings).toArray(NewTopic[]::new));
    }

    /** The topics {@code service} declares, with {@code settings} applied. */
    public static List<NewTopic> topics(String service, TopicSettings settings) {
        return Topics.declaredBy(service).stream().map(spec -> newTopic(spec, settings)).toList();
    }

    static NewTopic newTopic(TopicSpec spec, TopicSettings settings) {
        TopicBuilder b = TopicBuilder.name(spec.name())
                .partitions(spec.partitions() == TopicSpec.DEPLOYMENT ? settings.partitions() : spec.partitions())
                .replicas(settings.replicationFactor());
        if (spec.compacted()) {
            b.compact();
        }
        if (settings.replicationFactor() > 1) {
            // an acknowledged write survives the loss of one broker
            b.config(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, "2");
        }
        return b.build();
    }
}
