package io.newsroom.cli.up;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.newsroom.localstack.ChildProcess;
import io.newsroom.localstack.LocalElasticsearch;
import io.newsroom.localstack.LocalKafka;
import io.newsroom.localstack.Ports;
import io.newsroom.localstack.StackPaths;

/**
 * The whole pipeline on this machine: a real Kafka broker, a real Elasticsearch node, the three services as
 * their own JVMs and, without a sources file, the sample site. {@link #close()} stops everything it started, in
 * reverse order; every child also dies with this JVM (see {@link ChildProcess}). Not thread-safe.
 */
public final class LocalPipeline implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final PipelineOptions options;
    private final PrintStream out;
    private final List<AutoCloseable> started = Collections.synchronizedList(new ArrayList<>());
    private SampleSite site;
    private final String apiKey;

    public LocalPipeline(PipelineOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
        String configured = System.getenv("NEWSROOM_API_KEY");
        // without a key of their own, people still get working write endpoints on their own machine
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        this.apiKey = configured != null && !configured.isBlank() ? configured : HexFormat.of().formatHex(random);
    }

    /** What the write endpoints (sources, alert rules) take in X-API-Key. */
    public String apiKey() {
        return apiKey;
    }

    public String queryUrl() {
        return "http://localhost:" + options.ports().query();
    }

    public String kafkaBootstrap() {
        return "localhost:" + options.ports().kafka();
    }

    public LocalPipeline start() throws Exception {
        PipelineOptions.Ports ports = options.ports();
        for (var p : Map.of(ports.query(), "query API", ports.ingest(), "ingest", ports.enrich(), "enrich",
                ports.kafka(), "Kafka", ports.search(), "Elasticsearch").entrySet()) {
            Ports.requireFree(p.getKey(), p.getValue());
        }
        Path state = options.stateDir();
        Path logs = Files.createDirectories(state.resolve("logs"));
        StackPaths stack = StackPaths.fromBuild();
        ServiceLauncher services = new ServiceLauncher(options.home(), logs);
        List.of("ingest-service", "enrich-service", "query-service").forEach(services::jar);
        Path sources = sourcesFile(state);

        step("Kafka and Elasticsearch", () -> {
            LocalKafka kafka = new LocalKafka(stack, state.resolve("kafka"), ports.kafka(), "512m");
            LocalElasticsearch es = new LocalElasticsearch(stack, state.resolve("elasticsearch"), ports.search(), "512m");
            started.add(es);
            started.add(kafka);
            // in parallel: each takes several seconds, mostly JVM start
            CompletableFuture.allOf(
                    CompletableFuture.runAsync(unchecked(() -> kafka.start(START_TIMEOUT))),
                    CompletableFuture.runAsync(unchecked(() -> es.start(START_TIMEOUT)))).join();
        });

        Map<String, String> env = new HashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrap());
        env.put("ELASTICSEARCH_URIS", "http://127.0.0.1:" + ports.search());
        env.put("NEWSROOM_SOURCES_FILE", sources.toString());
        env.put("NEWSROOM_API_KEY", apiKey);
        env.put("NEWSROOM_INGEST_URL", "http://127.0.0.1:" + ports.ingest());
        // a test runner's agent options must not leak into the services
        env.put("JAVA_TOOL_OPTIONS", null);
        if (options.sourcesFile() == null) {
            // the sample site is ours and on loopback: no need to pace requests to it a second apart
            env.put("NEWSROOM_INGEST_POLITENESS_PERHOSTDELAY", "50ms");
        }
        step("query, enrich and ingest services", () -> {
            ChildProcess query = services.start("query-service", ports.query(), env, List.of());
            started.add(query);
            ChildProcess enrich = services.start("enrich-service", ports.enrich(), env, List.of());
            started.add(enrich);
            ChildProcess ingest = services.start("ingest-service", ports.ingest(), env, List.of());
            started.add(ingest);
            services.awaitHealthy(query, ports.query(), START_TIMEOUT);
            services.awaitHealthy(enrich, ports.enrich(), START_TIMEOUT);
            services.awaitHealthy(ingest, ports.ingest(), START_TIMEOUT);
        });
        return this;
    }

    /** The given sources file, or one pointing at the sample site, which is started here. */
    private Path sourcesFile(Path state) throws IOException {
        if (options.sourcesFile() != null) {
            if (!Files.isReadable(options.sourcesFile())) {
                throw new IllegalArgumentException("cannot read sources file " + options.sourcesFile());
            }
            return options.sourcesFile().toAbsolutePath();
        }
        Ports.requireFree(options.ports().site(), "sample site");
        site = SampleSite.start(options.ports().site());
        started.add(site);
        out.printf("[newsroom] sample site at %s%n", site.feedUrl());
        Path file = state.resolve("sample-sources.yml");
        Files.writeString(file, """
                # Written by ./newsroom up for the bundled sample site.
                allowed-hosts: [localhost]
                sources:
                  - id: sample-site
                    type: feed
                    url: %s
                    poll-every: 30s
                """.formatted(site.feedUrl()));
        return file;
    }

    private interface Step {
        void run() throws Exception;
    }

    private void step(String what, Step step) throws Exception {
        long t0 = System.nanoTime();
        out.printf("[newsroom] starting %s...%n", what);
        step.run();
        out.printf("[newsroom] %s ready (%.1f s)%n", what, (System.nanoTime() - t0) / 1e9);
    }

    private static Runnable unchecked(Step step) {
        return () -> {
            try {
                step.run();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        };
    }

    @Override
    public void close() {
        List<AutoCloseable> reverse = new ArrayList<>(started);
        Collections.reverse(reverse);
        for (AutoCloseable c : reverse) {
            try {
                c.close();
            } catch (Exception e) {
                out.printf("[newsroom] could not stop %s cleanly: %s%n", c, e);
            }
        }
        started.clear();
    }
}
