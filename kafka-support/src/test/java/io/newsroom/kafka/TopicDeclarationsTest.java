package io.newsroom.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

import io.newsroom.contracts.Topics;

class TopicDeclarationsTest {

    private static Map<String, NewTopic> declared(String service, TopicSettings settings) {
        return TopicDeclarations.topics(service, settings).stream()
                .collect(Collectors.toMap(NewTopic::name, t -> t));
    }

    @Test
    void aServiceDeclaresWhatItProducesWithTheDeploymentsPartitionsAndReplicas() {
        Map<String, NewTopic> ingest = declared(Topics.INGEST, new TopicSettings(6, (short) 3));

        assertThat(ingest).containsOnlyKeys(Topics.FRONTIER, Topics.SEEN, Topics.FRONTIER_DLT, Topics.RAW);
        assertThat(ingest.get(Topics.RAW).numPartitions()).isEqualTo(6);
        assertThat(ingest.get(Topics.RAW).replicationFactor()).isEqualTo((short) 3);
        assertThat(ingest.get(Topics.RAW).configs()).containsEntry("cleanup.policy", "compact")
                .containsEntry("min.insync.replicas", "2");
        assertThat(ingest.get(Topics.FRONTIER).configs()).doesNotContainKey("cleanup.policy");
    }

    @Test
    void aTopicWithAFixedPartitionCountKeepsItWhateverTheDeploymentSays() {
        NewTopic rules = declared(Topics.ALERTING, new TopicSettings(12, (short) 1)).get(Topics.ALERT_RULES);

        assertThat(rules.numPartitions()).isEqualTo(1);
        assertThat(rules.configs()).containsEntry("cleanup.policy", "compact").doesNotContainKey("min.insync.replicas");
    }

    @Test
    void theConsumerThatDeadLettersATopicDeclaresItsDeadLetterTopic() {
        assertThat(declared(Topics.ENRICH, new TopicSettings(3, (short) 1)))
                .containsKeys(Topics.RAW_DLT, Topics.REPROCESS_DLT, Topics.ENRICHED, Topics.EVENT_MENTIONS)
                .doesNotContainKey(Topics.RAW);
    }
}
