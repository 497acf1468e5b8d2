package io.newsroom.localstack;

import java.time.Duration;

/**
 * One real Elasticsearch node for all tests of a JVM, started on first use and stopped when the JVM exits: test
 * suites share it (each test uses indices of its own) instead of paying a node's start per class. Thread-safe.
 */
public final class TestElasticsearch {

    private static LocalElasticsearch node;

    private TestElasticsearch() {
    }

    public static synchronized String url() {
        if (node == null) {
            try {
                node = LocalElasticsearch.temporary(StackPaths.fromBuild(), "384m").start(Duration.ofMinutes(3));
            } catch (Exception e) {
                throw new IllegalStateException("cannot start the test Elasticsearch node", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(node::close, "test-es-stop"));
        }
        return node.url();
    }
}
