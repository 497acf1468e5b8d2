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
import java.util.LinkedHashMap;
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
 * their own JVMs (as many instances of each as the options say, side by side in the same consumer groups, on ports
 * of their own) and, without a sources file, the sample site. {@link #close()} stops everything it started, in
 * reverse order; every child also dies with this JVM (see {@link ChildProcess}). Not thread-safe.
 */
public final class LocalPipeline implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    /** Started in this order, downstream first. */
    private static final List<String> SERVICES = List.of("query-service", "enrich-service", "ingest-service");

    private final PipelineOptions options;
    private final PrintStream out;
    private final List<AutoCloseable> started = Collections.synchronizedList(new ArrayList<>());
    private SampleSite site;
    private final String apiKey;
    /** The key was made here, not taken from NEWSROOM_API_KEY: people must be told it. */
    private final boolean apiKeyGenerated;
    private LocalKafka kafka;
    private LocalElasticsearch search;
    private ServiceLauncher launcher;
    private final Map<String, String> env = new HashMap<>();
    private final Map<String, String> settings = new HashMap<>();
    /** The running instances by name ({@code query-service}, {@code query-service-2}...), in start order. */
    private final Map<String, ChildProcess> services = new LinkedHashMap<>();
    /** Every instance's HTTP port by instance name, in start order. */
    private final Map<String, Integer> instancePorts = new LinkedHashMap<>();

    public LocalPipeline(PipelineOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
        String configured = System.getenv("NEWSROOM_API_KEY");
        // without a key of their own, people still get working write endpoints on their own machine
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        this.apiKeyGenerated = configured == null || configured.isBlank();
        this.apiKey = apiKeyGenerated ? HexFormat.of().formatHex(random) : configured;
    }

    /** Whether {@link #apiKey()} was made here (none was set in NEWSROOM_API_KEY). */
    public boolean apiKeyGenerated() {
        return apiKeyGenerated;
    }

    /** What the write endpoints (sources, alert rules) take in X-API-Key. */
    public String apiKey() {
        return apiKey;
    }

    /** A setting for the services (an environment variable of theirs), taking effect at their next start. */
    public LocalPipeline env(String name, String value) {
        settings.put(name, value);
        return this;
    }

    public String queryUrl() {
        return "http://localhost:" + options.ports().query();
    }

    /** The base URLs of every instance of a service ({@code query-service}...), the first one's first. */
    public List<String> urls(String service) {
        return instancePorts.entrySet().stream().filter(e -> serviceOf(e.getKey()).equals(service))
                .map(e -> "http://localhost:" + e.getValue()).toList();
    }

    public String kafkaBootstrap() {
        return "localhost:" + options.ports().kafka();
    }

    /**
     * Starts everything, or nothing: when a part fails to start, what had started is stopped before the failure is
     * thrown, so that no broker, search node or service outlives a failed start.
     */
    public LocalPipeline start() throws Exception {
        try {
            return startAll();
        } catch (Exception | Error failure) {
            close();
            throw failure;
        }
    }

    private LocalPipeline startAll() throws Exception {
        PipelineOptions.Ports ports = options.ports();
        for (var p : Map.of(ports.query(), "query API", ports.ingest(), "ingest", ports.enrich(), "enrich",
                ports.kafka(), "Kafka", ports.search(), "Elasticsearch").entrySet()) {
            Ports.requireFree(p.getKey(), p.getValue());
        }
        Path state = options.stateDir();
        Path logs = Files.createDirectories(state.resolve("logs"));
        StackPaths stack = StackPaths.fromBuild();
        launcher = new ServiceLauncher(options.home(), logs);
        assignPorts();
        List<String> services = instancePorts.keySet().stream().map(LocalPipeline::serviceOf).distinct().toList();
        services.forEach(launcher::jar);
        // extracting (first run of a build) and hashing the jars overlaps the broker's start
        CompletableFuture<?> prepared = CompletableFuture.allOf(services.stream().map(s -> CompletableFuture.runAsync(
                unchecked(() -> launcher.prepare(s)))).toArray(CompletableFuture[]::new));
        Path sources = sourcesFile(state);
        boolean withSearch = options.instances().query() > 0;

        String stackName = withSearch ? "Kafka and Elasticsearch" : "Kafka";
        long stackStart = System.nanoTime();
        out.printf("[newsroom] starting %s...%n", stackName);
        kafka = new LocalKafka(stack, state.resolve("kafka"), ports.kafka(), "512m");
        started.add(kafka);
        CompletableFuture<Void> node = CompletableFuture.completedFuture(null);
        if (withSearch) {
            search = new LocalElasticsearch(stack, state.resolve("elasticsearch"), ports.search(), "512m");
            started.add(search);
            // in parallel: each takes several seconds, mostly JVM start
            node = CompletableFuture.runAsync(unchecked(() -> search.start(START_TIMEOUT)));
        }
        kafka.start(START_TIMEOUT);
        prepared.join();

        env.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrap());
        env.put("ELASTICSEARCH_URIS", "http://127.0.0.1:" + ports.search());
        env.put("NEWSROOM_SOURCES_FILE", sources.toString());
        env.put("NEWSROOM_API_KEY", apiKey);
        env.put("NEWSROOM_INGEST_URL", "http://127.0.0.1:" + ports.ingest());
        // on this machine only, unless the caller's environment says otherwise
        String bind = System.getenv("NEWSROOM_BIND_ADDRESS");
        env.put("NEWSROOM_BIND_ADDRESS", bind == null || bind.isBlank() ? "127.0.0.1" : bind);
        // a test runner's agent options must not leak into the services
        env.put("JAVA_TOOL_OPTIONS", null);
        if (options.sourcesFile() == null) {
            // the sample site is ours and on loopback: no need to pace requests to it a second apart
            env.put("NEWSROOM_INGEST_POLITENESS_PERHOSTDELAY", "50ms");
        }
        env.putAll(settings);
        // the services need only the broker to start: query, which alone uses the node, answers unhealthy until the
        // node is green, and creates its indices on first use when the node was not ready yet
        long servicesStart = System.nanoTime();
        out.printf("[newsroom] starting %s...%n", describeInstances());
        for (String instance : instancePorts.keySet()) {
            launch(instance);
        }
        node.join();
        out.printf("[newsroom] %s ready (%.1f s)%n", stackName, (System.nanoTime() - stackStart) / 1e9);
        for (String instance : instancePorts.keySet()) {
            awaitHealthy(instance);
        }
        out.printf("[newsroom] %s ready (%.1f s)%n", describeInstances(), (System.nanoTime() - servicesStart) / 1e9);
        return this;
    }

    /** The first instance of each service on its configured port, further ones on free ports. */
    private void assignPorts() {
        PipelineOptions.Instances n = options.instances();
        for (String service : SERVICES) {
            int count = switch (service) {
                case "query-service" -> n.query();
                case "enrich-service" -> n.enrich();
                default -> n.ingest();
            };
            for (int i = 1; i <= count; i++) {
                instancePorts.put(i == 1 ? service : service + "-" + i, i == 1 ? firstPort(service) : Ports.free());
            }
        }
    }

    private String describeInstances() {
        PipelineOptions.Instances n = options.instances();
        return n.equals(PipelineOptions.Instances.ONE_EACH) ? "query, enrich and ingest services"
                : String.format("services (%d query, %d enrich, %d ingest instances)", n.query(), n.enrich(),
                        n.ingest());
    }

    private void launch(String instance) throws IOException, InterruptedException {
        ChildProcess process = launcher.start(serviceOf(instance), instance, instancePorts.get(instance), env,
                List.of());
        services.put(instance, process);
        started.add(process);
    }

    private void awaitHealthy(String instance) throws InterruptedException {
        // instances start side by side and share the machine's cores: more of them take longer
        Duration timeout = START_TIMEOUT.multipliedBy(Math.max(1, (instancePorts.size() + 2) / 3));
        launcher.awaitHealthy(services.get(instance), instancePorts.get(instance), timeout);
    }

    private int firstPort(String service) {
        return switch (service) {
            case "query-service" -> options.ports().query();
            case "enrich-service" -> options.ports().enrich();
            case "ingest-service" -> options.ports().ingest();
            default -> throw new IllegalArgumentException("no service " + service);
        };
    }

    /** {@code ingest-service-2} is an instance of {@code ingest-service}. */
    private static String serviceOf(String instance) {
        return instance.replaceFirst("-\\d+$", "");
    }

    /**
     * Kills an instance's JVM with SIGKILL (no shutdown hook, no offset commit, no flush: a crash) and waits until
     * it is gone. For fault tests; {@code ingest-service} is the first instance, {@code ingest-service-2} the second.
     */
    public void kill(String instance) throws InterruptedException {
        ChildProcess process = services.remove(instance);
        if (process == null) {
            throw new IllegalStateException(instance + " is not running");
        }
        started.remove(process);
        for (ProcessHandle h : process.descendants()) {
            h.destroyForcibly();
        }
        process.awaitExit(Duration.ofSeconds(30));
    }

    /** Stops an instance as scaling down does (SIGTERM: it commits its offsets and leaves its groups). */
    public void stop(String instance) {
        ChildProcess process = services.remove(instance);
        if (process == null) {
            throw new IllegalStateException(instance + " is not running");
        }
        started.remove(process);
        process.close();
    }

    /** Starts an instance again (after {@link #kill} or {@link #stop}) with the same settings; waits until healthy. */
    public void restart(String instance) throws Exception {
        step(instance, () -> {
            launch(instance);
            awaitHealthy(instance);
        });
    }

    /** Stops the search node (SIGTERM) and keeps its data; {@link #startSearchNode()} brings it back. */
    public void stopSearchNode() {
        search.close();
    }

    public void startSearchNode() throws Exception {
        step("Elasticsearch", () -> search.start(START_TIMEOUT));
    }

    /** Stops the broker (SIGTERM) and starts it again on the same data and port, while the services keep running. */
    public void restartBroker() throws Exception {
        kafka.close();
        step("Kafka", () -> kafka.start(START_TIMEOUT));
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
        Files.writeString(file, "# Written by ./newsroom up for the bundled sample site.\n" + site.sources());
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
        if (launcher != null) {
            launcher.keepRecordings();
        }
    }
}
