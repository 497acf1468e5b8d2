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
import java.util.Properties;

import io.newsroom.localstack.ChildProcess;
import io.newsroom.localstack.HttpWait;

/** Starts a service's executable jar as a child JVM and waits for its actuator health to say UP. */
final class ServiceLauncher {

    private static final String VERSION = version();
    /** Extraction and tagging run the same loops for every page: C2's code pays for its compilation there. */
    private static final String HOT_LOOP_SERVICE = "enrich-service";

    private final Path home;
    private final Path logs;

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

    /** @param instance its name, for the process and its log ({@code ingest-service-2.log}) */
    ChildProcess start(String service, String instance, int port, Map<String, String> env, List<String> args)
            throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:+UseSerialGC"));
        if (!service.equals(HOT_LOOP_SERVICE)) {
            // ingest and query spend their CPU in Kafka, JSON and HTTP code that C1 compiles well enough: the C2
            // compiler's work on a few thousand Spring and client methods cost them more CPU than it saved during a
            // first import (BENCHMARKS, "Backfill throughput"), CPU the five JVMs on two cores share
            cmd.add("-XX:TieredStopAtLevel=1");
        }
        cmd.addAll(List.of("-jar", jar(service).toString(), "--server.port=" + port));
        cmd.addAll(args);
        return ChildProcess.start(instance, cmd, env, logs.resolve(instance + ".log"));
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
