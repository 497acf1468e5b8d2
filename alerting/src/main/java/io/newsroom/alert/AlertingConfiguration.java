package io.newsroom.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.transaction.KafkaTransactionManager;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsroom.alert.api.AlertApi;
import io.newsroom.contracts.Topics;
import io.newsroom.kafka.DeadLetters;
import io.newsroom.kafka.TopicDeclarations;
import io.newsroom.search.entity.EntityDirectory;
import io.newsroom.web.ApiErrors;

/**
 * The alert stage, for a Spring Boot application to host: it imports this and declares an {@link AlertSettings},
 * the search client ({@link ElasticsearchClient}), the {@link EntityDirectory} and the pipeline's
 * {@link DeadLetters}. The stage declares its own topics and is fed only by topics: articles from
 * {@link Topics#ENRICHED} (group {@code query-alerts}) and merged events from {@link Topics#EVENTS} (group
 * {@code query-alert-events}) are matched against every rule and put on {@link Topics#ALERT_MATCHES}; the decider
 * (group {@code query-alert-decider}, Kafka transactions) records each once and delivers it on {@link Topics#ALERTS},
 * which feeds the webhooks (group {@code query-webhooks}) and every instance's live stream. The host's Kafka
 * listeners are batch listeners over String keys and byte[] values, reading committed records only (as
 * query-service's application.yml sets), and its error handler retries a batch that throws.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@Import({AlertApi.class, ApiErrors.class})
public class AlertingConfiguration {

    @Bean
    KafkaAdmin.NewTopics alertingTopics(AlertSettings settings) {
        return TopicDeclarations.of(Topics.ALERTING, settings.topics());
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

    @Bean
    RuleStore ruleStore(KafkaTemplate<String, byte[]> kafka, ConsumerFactory<String, byte[]> consumers,
            EntityDirectory directory, AlertSettings settings) {
        return new RuleStore(kafka, consumers, directory, settings);
    }

    @Bean
    MatchPublisher matchPublisher(RuleStore rules, KafkaTemplate<String, byte[]> kafka, MeterRegistry meters) {
        return new MatchPublisher(rules, kafka, meters);
    }

    @Bean
    ArticleMatchListener articleMatchListener(MatchPublisher matches, DeadLetters deadLetters) {
        return new ArticleMatchListener(matches, deadLetters);
    }

    @Bean
    EventMatchListener eventMatchListener(MatchPublisher matches, DeadLetters deadLetters) {
        return new EventMatchListener(matches, deadLetters);
    }

    @Bean
    AlertHistory alertHistory(ElasticsearchClient es, AlertSettings settings) {
        return new AlertHistory(es, settings);
    }

    @Bean
    AlertDecider alertDecider(AlertHistory history, RuleStore rules, AlertTransactions transactions, DeadLetters deadLetters,
            MeterRegistry meters, AlertSettings settings) {
        return new AlertDecider(history, rules, transactions, deadLetters, meters, settings);
    }

    /** Digests every {@code digestInterval}, first one interval after the start. */
    @Bean
    SchedulingConfigurer alertDigests(AlertDecider decider, AlertSettings settings) {
        Duration every = settings.digestInterval();
        return tasks -> tasks.addFixedDelayTask(new FixedDelayTask(() -> decider.sendDigests(Instant.now()), every, every));
    }

    @Bean
    AlertStream alertStream(ConsumerFactory<String, byte[]> consumers, MeterRegistry meters) {
        return new AlertStream(consumers, meters);
    }

    @Bean
    WebhookDispatcher webhookDispatcher(RuleStore rules, AlertHistory history, MeterRegistry meters,
            AlertSettings settings) {
        return new WebhookDispatcher(rules, history, meters, settings);
    }
}
