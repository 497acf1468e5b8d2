package io.newsroom.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Where this checkout keeps the search node's distribution and the broker's jars (both written by the
 * local-stack build). System properties {@code newsroom.es.home} and {@code newsroom.kafka.lib} override them,
 * e.g. for a launcher jar copied elsewhere.
 */
public record StackPaths(Path esHome, Path kafkaLib) {

    public static StackPaths fromBuild() {
        Properties p = new Properties();
        try (InputStream in = StackPaths.class.getResourceAsStream("/local-stack.properties")) {
            if (in == null) {
                throw new IllegalStateException("local-stack.properties missing from the classpath");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new StackPaths(
                Path.of(System.getProperty("newsroom.es.home", p.getProperty("es.home"))),
                Path.of(System.getProperty("newsroom.kafka.lib", p.getProperty("kafka.lib"))));
    }

    /** The node's distribution; fails with the command that builds it when it is missing. */
    public Path requireEsHome() {
        return require(esHome.resolve("lib"), "Elasticsearch distribution").getParent();
    }

    /** The broker's jars; fails with the command that builds them when they are missing. */
    public Path requireKafkaLib() {
        return require(kafkaLib, "Kafka broker jars");
    }

    private static Path require(Path dir, String what) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("No " + what + " at " + dir
                    + ": build them with ./mvnw -pl local-stack -am package -DskipTests");
        }
        return dir;
    }
}
