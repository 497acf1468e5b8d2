package io.newsroom.query.alert;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.transaction.KafkaTransactionManager;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;

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

    /**
     * The decider's own transactional producer: the alerts it publishes and the match offsets it consumed commit
     * together, so a crash between sending and committing never shows an alert twice to read_committed readers.
     * Not a KafkaTemplate or ProducerFactory bean, which would replace Boot's plain ones.
     */
    @Bean
    AlertTransactions alertTransactions(ProducerFactory<String, byte[]> plain) {
        Map<String, Object> config = new HashMap<>(plain.getConfigurationProperties());
        // a crashed instance's open transaction holds back readers until it times out: keep that short (the
        // transaction spans only a batch's sends and its offset commit)
        config.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, 10_000);
        DefaultKafkaProducerFactory<String, byte[]> factory = new DefaultKafkaProducerFactory<>(config);
        // unique per process: two instances on one host must not fence each other
        factory.setTransactionIdPrefix("query-alert-decider-" + UUID.randomUUID() + "-");
        KafkaTransactionManager<String, byte[]> transactions = new KafkaTransactionManager<>(factory);
        // lets the decider mark alerts published only once their transaction has committed
        transactions.setTransactionSynchronization(AbstractPlatformTransactionManager.SYNCHRONIZATION_ALWAYS);
        return new AlertTransactions(new KafkaTemplate<>(factory), transactions);
    }

    /** Boot's listener settings (batch, error handler), with the decider's transactions. */
    @Bean
    ConcurrentKafkaListenerContainerFactory<Object, Object> alertDeciderContainerFactory(
            ConcurrentKafkaListenerContainerFactoryConfigurer configurer, ConsumerFactory<Object, Object> consumers,
            AlertTransactions transactions) {
        ConcurrentKafkaListenerContainerFactory<Object, Object> factory = new ConcurrentKafkaListenerContainerFactory<>();
        configurer.configure(factory, consumers);
        factory.getContainerProperties().setKafkaAwareTransactionManager(transactions.manager());
        return factory;
    }

    record AlertTransactions(KafkaTemplate<String, byte[]> template, KafkaTransactionManager<String, byte[]> manager) {
    }
}
