package io.newsroom.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A process this JVM started and must not outlive. The command runs under a small shell watchdog that holds the
 * read end of a pipe whose only writer is this JVM: when the JVM dies, even by SIGKILL, the watchdog reads EOF
 * and sends SIGTERM to the child. So a crashed test run or launcher leaves no broker or node behind.
 * Output (stdout and stderr) goes to a log file. Not thread-safe: one owner starts and stops it.
 */
public final class ChildProcess implements AutoCloseable {

    private static final String WATCHDOG = "exec 3<&0; \"$@\" </dev/null & child=$!; "
            + "trap 'kill -TERM $child 2>/dev/null' TERM INT; "
            + "(cat <&3 >/dev/null; kill -TERM $child 2>/dev/null) & watcher=$!; "
            + "wait $child; rc=$?; while kill -0 $child 2>/dev/null; do wait $child; rc=$?; done; "
            + "kill $watcher 2>/dev/null; exit $rc";

    private final String name;
    private final Process process;
    private final Path log;

    private ChildProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /**
     * Starts {@code command} with the given extra environment; variables mapped to null are removed.
     */
    public static ChildProcess start(String name, List<String> command, Map<String, String> env, Path log)
            throws IOException {
        Files.createDirectories(log.toAbsolutePath().getParent());
        List<String> wrapped = new ArrayList<>(List.of("/bin/sh", "-c", WATCHDOG, name));
        wrapped.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(wrapped);
        env.forEach((k, v) -> {
            if (v == null) {
                pb.environment().remove(k);
            } else {
                pb.environment().put(k, v);
            }
        });
        pb.redirectErrorStream(true);
        pb.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        return new ChildProcess(name, pb.start(), log);
    }

    public String name() {
        return name;
    }

    public Path log() {
        return log;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The exit code of an ended process (128 + the signal's number when a signal ended it). */
    public int exitValue() {
        return process.exitValue();
    }

    /** The watchdog's pid; the real program is its child (see {@link #descendants()}). */
    public long pid() {
        return process.pid();
    }

    public List<ProcessHandle> descendants() {
        return process.descendants().toList();
    }

    /** Fails with the log's tail when the process has exited. */
    public void checkAlive() {
        if (!process.isAlive()) {
            throw new IllegalStateException(name + " exited with code " + process.exitValue() + "; last lines of "
                    + log + ":\n" + tail(40));
        }
    }

    /** Waits for the process to end; on timeout stops it and fails with the log's tail. */
    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            stop(Duration.ofSeconds(5));
            throw new IllegalStateException(name + " did not finish within " + timeout + ":\n" + tail(20));
        }
        return process.exitValue();
    }

    /** SIGTERM, then SIGKILL after the grace period; waits for the whole process tree. */
    public void stop(Duration grace) {
        List<ProcessHandle> tree = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                tree.forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
            for (ProcessHandle h : tree) {
                if (h.isAlive() && !h.onExit().completeOnTimeout(null, grace.toMillis(), TimeUnit.MILLISECONDS)
                        .thenApply(ph -> ph != null).join()) {
                    h.destroyForcibly();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            tree.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(30));
    }

    public String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | RuntimeException e) {
            return "(log unreadable: " + e + ")";
        }
    }
}
