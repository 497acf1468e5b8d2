package io.newsroom.query;

import java.time.Duration;

import io.newsroom.localstack.LocalElasticsearch;
import io.newsroom.localstack.StackPaths;

/** One real Elasticsearch node for all tests of this JVM, started on first use and stopped when the JVM exits. */
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
