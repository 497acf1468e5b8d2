package io.newsroom.cli.kafka;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** The running pipeline's broker, as the commands that feed it see it. */
public final class Pipeline {

    private Pipeline() {
    }

    /** {@code --broker}, else KAFKA_BOOTSTRAP_SERVERS, else what {@code ./newsroom up} runs. */
    public static String defaultBroker() {
        return System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "localhost:9092");
    }

    public static Admin admin(String broker) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15000, AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 15000));
    }

    /**
     * The topics the services created, or an exception whose message says what to do.
     *
     * @throws IllegalStateException when the broker cannot be reached or a topic is missing
     */
    public static Map<String, TopicDescription> topics(Admin admin, String broker, List<String> names)
            throws InterruptedException {
        try {
            return admin.describeTopics(names).allTopicNames().get(20, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("no pipeline at " + broker + " (" + (e.getCause() != null
                    ? e.getCause().getMessage() : "timed out") + "). Start it with ./newsroom up, or name the broker "
                    + "with --broker.");
        }
    }

    /** Idempotent, acknowledged by all in-sync replicas, for messages of a few MB. */
    public static KafkaProducer<String, byte[]> producer(String broker) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16 * 1024 * 1024);
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        props.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        return new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }
}
