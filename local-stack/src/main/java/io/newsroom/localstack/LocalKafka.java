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
    /** The archive the running broker records, kept when it stops cleanly; null when it maps one. */
    private ClassArchive.Recording recording;

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
        Path archives = archiveDir();
        if (!Files.exists(data.resolve("meta.properties"))) {
            List<String> archive = archives == null ? List.of() : ClassArchive.mapOnly(archives);
            ChildProcess format = ChildProcess.start("kafka-storage-format", java(log4j, archive,
                    "kafka.tools.StorageTool", "format", "-t", clusterId(), "-c", config.toString()), env(),
                    consoleLog);
            if (format.awaitExit(Duration.ofSeconds(60)) != 0) {
                throw new IllegalStateException("Kafka storage format failed:\n" + format.tail(20));
            }
        }
        ClassArchive.Launch launch = archives == null ? ClassArchive.Launch.NONE
                : ClassArchive.launch(archives, "kafka");
        recording = launch.recording();
        process = ChildProcess.start("kafka", java(log4j, launch.jvmOptions(), "kafka.Kafka", config.toString()), env(),
                consoleLog);
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

    private List<String> java(Path log4j, List<String> archive, String mainClass, String... args) {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms" + heap, "-Xmx" + heap, "-XX:+UseG1GC", "-Djava.awt.headless=true",
                // C1 only: with C2 the broker spent twice the CPU to be up (9.5 s against 4.2 s), on the two cores
                // the node and the services start on (BENCHMARKS, "Cold start")
                "-XX:TieredStopAtLevel=1",
                "-Dlog4j2.configurationFile=" + log4j));
        cmd.addAll(archive);
        cmd.addAll(List.of("-cp", kafkaLib.resolve("*").toString(), mainClass));
        cmd.addAll(List.of(args));
        return cmd;
    }

    /**
     * Where the broker's class archive is kept ({@link ClassArchive}): beside the broker's jars, under a name made
     * from their names and sizes (versioned jars copied by the build: a new version is a new name) and the JVM; null
     * where none can be written, and the broker runs without.
     */
    private Path archiveDir() {
        try (var files = Files.list(kafkaLib)) {
            List<String> jars = files.map(f -> f.getFileName() + "\t" + f.toFile().length()).sorted().toList();
            String key = Integer.toHexString(String.join("\n", jars).hashCode()) + "-"
                    + Integer.toHexString(ClassArchive.jvm().hashCode());
            return Files.createDirectories(kafkaLib.resolveSibling("kafka-cds").resolve(key));
        } catch (IOException e) {
            return null;
        }
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
            if (recording != null) {
                recording.keepIf(process.exitValue());
                recording = null;
            }
            process = null;
        }
    }
}
