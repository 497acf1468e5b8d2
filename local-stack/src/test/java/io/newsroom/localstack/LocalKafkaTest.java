package io.newsroom.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocalKafkaTest {

    @Test
    void aClusterIdNeverStartsWithADashWhichTheStorageToolWouldTakeForAnOption() {
        for (int i = 0; i < 10_000; i++) {
            assertThat(LocalKafka.clusterId()).doesNotStartWith("-").hasSize(22);
        }
    }
}
