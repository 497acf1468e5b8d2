package io.newsroom.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A real single-node Elasticsearch (the 8.19 integ-test distribution plus our analysis plugin) running as a child
 * process. Elasticsearch refuses to run as root, so under root the node runs as {@code nobody}, on an instance
 * directory that user can reach. Not thread-safe.
 */
public final class LocalElasticsearch implements AutoCloseable {

    private final Path esHome;
    private final Path instanceDir;
    private final int httpPort;
    private final String heap;
    private final boolean temporary;
    private ChildProcess process;

    /**
     * @param instanceDir config, data and logs; data survives restarts when the same directory is used again
     * @param httpPort    0 for a free port
     */
    public LocalElasticsearch(StackPaths paths, Path instanceDir, int httpPort, String heap) {
        this(paths, reachableInstanceDir(instanceDir.toAbsolutePath()), httpPort, heap, false);
    }

    private LocalElasticsearch(StackPaths paths, Path instanceDir, int httpPort, String heap, boolean temporary) {
        this.esHome = paths.requireEsHome();
        this.instanceDir = instanceDir;
        this.httpPort = httpPort > 0 ? httpPort : Ports.free();
        this.heap = heap;
        this.temporary = temporary;
    }

    /** A node on a free port whose data is deleted when it is closed: for tests. */
    public static LocalElasticsearch temporary(StackPaths paths, String heap) throws IOException {
        Path dir = Files.createTempDirectory("newsroom-es-");
        // the node may run as nobody, which must be able to enter it
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        return new LocalElasticsearch(paths, dir, 0, heap, true);
    }

    public String url() {
        return "http://127.0.0.1:" + httpPort;
    }

    public int port() {
        return httpPort;
    }

    public Path instanceDir() {
        return instanceDir;
    }

    public ChildProcess process() {
        return process;
    }

    /** Starts the node and waits until the cluster is green. */
    public LocalElasticsearch start(Duration timeout) throws IOException, InterruptedException {
        Ports.requireFree(httpPort, "Elasticsearch");
        boolean root = Posix.isRoot();
        Path home = esHome;
        if (root && !Posix.reachableByOthers(esHome)) {
            home = instanceDir.resolve("home");
            if (!Files.isDirectory(home.resolve("lib"))) {
                copyTree(esHome, home);
            }
        }
        Path conf = instanceDir.resolve("config");
        Path data = instanceDir.resolve("data");
        Path logs = instanceDir.resolve("logs");
        if (!Files.isDirectory(conf)) {
            copyTree(esHome.resolve("config"), conf);
        }
        Files.createDirectories(data);
        Files.createDirectories(logs);

        List<String> cmd = new ArrayList<>();
        if (root) {
            Posix.run("chown", "-R", "nobody:nogroup", instanceDir.toString());
            cmd.addAll(List.of("runuser", "-u", "nobody", "--"));
        }
        cmd.add(home.resolve("bin/elasticsearch").toString());
        cmd.addAll(List.of(
                "-Ecluster.name=newsroom-local",
                "-Enode.name=newsroom-local",
                "-Ediscovery.type=single-node",
                "-Enetwork.host=127.0.0.1",
                "-Ehttp.port=" + httpPort,
                "-Etransport.port=" + Ports.free(),
                "-Expack.security.enabled=false",
                // a laptop or CI disk can be fuller than the production watermarks allow
                "-Ecluster.routing.allocation.disk.threshold_enabled=false",
                "-Eaction.destructive_requires_name=false",
                "-Epath.data=" + data,
                "-Epath.logs=" + logs));
        Map<String, String> env = new HashMap<>();
        env.put("ES_JAVA_HOME", System.getProperty("java.home"));
        env.put("ES_PATH_CONF", conf.toString());
        // C1 only: with C2 the node spent twice the CPU to be up (28 s against 13 s), on the two cores the broker and
        // the services start on, and its compiler kept taking them in the first minutes (BENCHMARKS, "Cold start")
        env.put("ES_JAVA_OPTS", "-Xms" + heap + " -Xmx" + heap + " -XX:TieredStopAtLevel=1");
        // test agents (surefire, coverage) must not leak into the node
        env.put("JAVA_TOOL_OPTIONS", null);
        env.put("JAVA_HOME", null);
        process = ChildProcess.start("elasticsearch", cmd, env, instanceDir.resolve("console.log"));
        awaitGreen(timeout);
        return this;
    }

    private void awaitGreen(Duration timeout) throws InterruptedException {
        if (!HttpWait.until(url() + "/_cluster/health?wait_for_status=green&timeout=1s",
                r -> r.statusCode() == 200 && r.body().contains("\"status\":\"green\""), timeout, process)) {
            String tail = process.tail(40);
            process.stop(Duration.ofSeconds(10));
            throw new IllegalStateException("Elasticsearch was not green within " + timeout + ":\n" + tail);
        }
    }

    @Override
    public void close() {
        if (process != null) {
            process.stop(Duration.ofSeconds(30));
            process = null;
        }
        if (temporary) {
            deleteTree(instanceDir);
        }
    }

    /**
     * Under root the node runs as nobody, which cannot traverse a private directory such as /root: such an instance
     * directory moves to /var/tmp, under a name derived from the one asked for so that its data persists.
     */
    private static Path reachableInstanceDir(Path wanted) {
        if (!Posix.isRoot() || Posix.reachableByOthers(wanted.getParent())) {
            return wanted;
        }
        return Path.of("/var/tmp", "newsroom-" + Integer.toHexString(wanted.toString().hashCode()))
                .resolve(wanted.getFileName());
    }

    private static void deleteTree(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: a temporary directory left behind is harmless
        }
    }

    private static void copyTree(Path from, Path to) {
        try {
            Files.walkFileTree(from, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.copy(file, to.resolve(from.relativize(file).toString()),
                            StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + from + " to " + to, e);
        }
    }
}
