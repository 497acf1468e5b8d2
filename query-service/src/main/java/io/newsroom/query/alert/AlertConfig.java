package io.newsroom.query.alert;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.scheduling.annotation.EnableScheduling;

import io.newsroom.contracts.Topics;
import io.newsroom.query.QueryProperties;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AlertConfig {

    /** Compacted: the latest version of every rule is kept for good; a tombstone deletes it. */
    @Bean
    NewTopic alertRulesTopic() {
        return TopicBuilder.name(Topics.ALERT_RULES).partitions(1).compact()
                .config(TopicConfig.MIN_COMPACTION_LAG_MS_CONFIG, "0").build();
    }

    @Bean
    NewTopic alertMatchesTopic(QueryProperties props) {
        return TopicBuilder.name(Topics.ALERT_MATCHES).partitions(props.topicPartitions()).build();
    }

    @Bean
    NewTopic alertsTopic(QueryProperties props) {
        return TopicBuilder.name(Topics.ALERTS).partitions(props.topicPartitions()).build();
    }
}
