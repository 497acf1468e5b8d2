package io.newsroom.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.Uuid;

/**
 * A real single-node Kafka broker (combined broker and KRaft controller) from Maven Central jars, in its own JVM.
 * Its log directory persists in the instance directory, so a restarted broker keeps every topic and offset.
 * Not thread-safe.
 */
public final class LocalKafka implements AutoCloseable {

    private final Path kafkaLib;
    private final Path instanceDir;
    private final int port;
    private final int controllerPort;
    private final String heap;
    private ChildProcess process;

    /** @param port 0 for a free port */
    public LocalKafka(StackPaths paths, Path instanceDir, int port, String heap) {
        this.kafkaLib = paths.requireKafkaLib();
        this.instanceDir = instanceDir.toAbsolutePath();
        this.port = port > 0 ? port : Ports.free();
        this.controllerPort = Ports.free();
        this.heap = heap;
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public int port() {
        return port;
    }

    public ChildProcess process() {
        return process;
    }

    /** Formats the storage on first use, starts the broker and waits until it accepts connections. */
    public LocalKafka start(Duration timeout) throws IOException, InterruptedException {
        Ports.requireFree(port, "Kafka");
        Path data = instanceDir.resolve("data");
        Files.createDirectories(data);
        Path config = instanceDir.resolve("server.properties");
        Files.writeString(config, serverProperties(data));
        Path log4j = instanceDir.resolve("log4j2.properties");
        try (InputStream in = LocalKafka.class.getResourceAsStream("/kafka-log4j2.properties")) {
            Files.copy(in, log4j, StandardCopyOption.REPLACE_EXISTING);
        }
        Path consoleLog = instanceDir.resolve("console.log");
        if (!Files.exists(data.resolve("meta.properties"))) {
            ChildProcess format = ChildProcess.start("kafka-storage-format", java(log4j, "kafka.tools.StorageTool",
                    "format", "-t", clusterId(), "-c", config.toString()), env(), consoleLog);
            if (format.awaitExit(Duration.ofSeconds(60)) != 0) {
                throw new IllegalStateException("Kafka storage format failed:\n" + format.tail(20));
            }
        }
        process = ChildProcess.start("kafka", java(log4j, "kafka.Kafka", config.toString()), env(), consoleLog);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!Ports.listening(port)) {
            process.checkAlive();
            if (System.nanoTime() > deadline) {
                String tail = process.tail(40);
                process.stop(Duration.ofSeconds(10));
                throw new IllegalStateException("Kafka did not listen on " + port + " within " + timeout + ":\n" + tail);
            }
            Thread.sleep(100);
        }
        return this;
    }

    private String serverProperties(Path data) {
        return """
                process.roles=broker,controller
                node.id=1
                controller.quorum.voters=1@localhost:%2$d
                listeners=PLAINTEXT://localhost:%1$d,CONTROLLER://localhost:%2$d
                advertised.listeners=PLAINTEXT://localhost:%1$d
                controller.listener.names=CONTROLLER
                inter.broker.listener.name=PLAINTEXT
                listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
                log.dirs=%3$s
                num.partitions=3
                offsets.topic.replication.factor=1
                offsets.topic.num.partitions=3
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                transaction.state.log.num.partitions=3
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                group.initial.rebalance.delay.ms=0
                auto.create.topics.enable=false
                """.formatted(port, controllerPort, data);
    }

    private List<String> java(Path log4j, String mainClass, String... args) {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms" + heap, "-Xmx" + heap, "-XX:+UseG1GC", "-Djava.awt.headless=true",
                "-Dlog4j2.configurationFile=" + log4j,
                "-cp", kafkaLib.resolve("*").toString(), mainClass));
        cmd.addAll(List.of(args));
        return cmd;
    }

    private static Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put("JAVA_TOOL_OPTIONS", null);
        return env;
    }

    /**
     * Kafka's own generator: a base64url id may start with "-", which the storage tool's argument parser takes for
     * an option (one start in 64 failed so; KAFKA-13741), and Kafka's never does.
     */
    static String clusterId() {
        return Uuid.randomUuid().toString();
    }

    @Override
    public void close() {
        if (process != null) {
            process.stop(Duration.ofSeconds(30));
            process = null;
        }
    }
}
