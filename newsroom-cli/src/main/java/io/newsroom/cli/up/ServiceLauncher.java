package io.newsroom.cli.up;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import io.newsroom.localstack.ChildProcess;
import io.newsroom.localstack.ClassArchive;
import io.newsroom.localstack.HttpWait;

/**
 * Starts a service's executable jar as a child JVM, extracted and with class-data sharing ({@link ClassDataSharing}),
 * and waits for its actuator health to say UP. Thread-safe.
 */
final class ServiceLauncher {

    private static final String VERSION = version();

    private final Path home;
    private final Path logs;
    private final Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    private final ClassDataSharing sharing = new ClassDataSharing(java);
    /** Each service's extracted jar once {@link #prepare} has made it; empty where it could not. */
    private final Map<String, Optional<Path>> extracted = new ConcurrentHashMap<>();
    /** Archives being recorded, by the process recording each. */
    private final Map<ChildProcess, ClassArchive.Recording> recordings = new ConcurrentHashMap<>();

    ServiceLauncher(Path home, Path logs) {
        this.home = home;
        this.logs = logs;
    }

    /** The service's executable jar, or a failure that says how to build it. */
    Path jar(String service) {
        Path jar = home.resolve(service).resolve("target").resolve(service + "-" + VERSION + "-exec.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No " + jar + ": build with ./mvnw -DskipTests package (./newsroom does it)");
        }
        return jar;
    }

    /**
     * Extracts the service's jar for class-data sharing (seconds, once per build); where it cannot be, the service
     * runs from its executable jar without, as before.
     */
    void prepare(String service) throws InterruptedException {
        try {
            extracted.put(service, Optional.of(sharing.extracted(jar(service))));
        } catch (IOException | IllegalStateException e) {
            extracted.put(service, Optional.empty());
        }
    }

    /**
     * @param instance its name, for the process and its log ({@code ingest-service-2.log})
     */
    ChildProcess start(String service, String instance, int port, Map<String, String> env, List<String> args)
            throws IOException, InterruptedException {
        if (!extracted.containsKey(service)) {
            prepare(service);
        }
        ClassDataSharing.Launch launch = extracted.get(service).map(jar -> sharing.launch(jar, instance))
                .orElseGet(() -> ClassDataSharing.Launch.without(jar(service)));
        // C1 only in ingest and query: C2's work on a few thousand Spring, Kafka-client and Elasticsearch-client
        // methods cost them more CPU than it saved (BENCHMARKS, "Backfill throughput"). Enrich keeps C2, whose code
        // runs its extraction and tagging twice as fast once compiled: at 50 pages/s on two cores it is the stage
        // that falls behind, and with C1 it fell behind twice as fast; that costs `up` about five seconds of its
        // start (BENCHMARKS, "Fetch-to-alert latency", 2026-12-07)
        List<String> cmd = new ArrayList<>(List.of(java.toString(), "-Xmx384m", "-XX:+UseSerialGC"));
        if (!service.equals("enrich-service")) {
            cmd.add("-XX:TieredStopAtLevel=1");
        }
        cmd.addAll(launch.archive().jvmOptions());
        cmd.addAll(List.of("-jar", launch.jar().toString(), "--server.port=" + port));
        cmd.addAll(args);
        ChildProcess process = ChildProcess.start(instance, cmd, env, logs.resolve(instance + ".log"));
        if (launch.archive().recording() != null) {
            recordings.put(process, launch.archive().recording());
        }
        return process;
    }

    /** Keeps the archives that stopped instances recorded whole; those still running record on. */
    void keepRecordings() {
        recordings.entrySet().removeIf(r -> {
            if (r.getKey().isAlive()) {
                return false;
            }
            r.getValue().keepIf(r.getKey().exitValue());
            return true;
        });
    }

    void awaitHealthy(ChildProcess process, int port, Duration timeout) throws InterruptedException {
        if (!HttpWait.until("http://localhost:" + port + "/actuator/health",
                r -> r.statusCode() == 200 && r.body().contains("\"UP\""), timeout, process)) {
            throw new IllegalStateException(process.name() + " not healthy within " + timeout + "; last lines of "
                    + process.log() + ":\n" + process.tail(30));
        }
    }

    private static String version() {
        Properties p = new Properties();
        try (InputStream in = ServiceLauncher.class.getResourceAsStream("/newsroom-cli.properties")) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version");
    }
}
