package io.newsroom.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A dynamic class-data sharing archive for one class path on one JVM, kept as {@code classes.jsa} in a directory
 * named after both. The first run records it at exit ({@code -XX:ArchiveClassesAtExit}, every class the run loaded);
 * later runs map it ({@code -XX:SharedArchiveFile}) instead of reading, parsing and verifying those classes again.
 * A run records to a file of its own, kept only once that run has ended cleanly, so a run killed while writing never
 * leaves a torn archive behind. A JVM that cannot use the archive (another build of it) runs without, as it would
 * anyway. Thread-safe.
 */
public final class ClassArchive {

    /** Exit codes of a run whose archive was written whole: a normal exit, SIGINT (Ctrl-C) or SIGTERM. */
    private static final Set<Integer> CLEAN_EXITS = Set.of(0, 130, 143);
    private static final String ARCHIVE = "classes.jsa";
    private static final AtomicLong RECORDINGS = new AtomicLong();

    private ClassArchive() {
    }

    /**
     * The JVM options for one run.
     *
     * @param recording where this run writes its archive, or null when it maps one
     */
    public record Launch(List<String> jvmOptions, Recording recording) {

        /** No archive: where none can be kept. */
        public static final Launch NONE = new Launch(List.of(), null);
    }

    /** An archive being written by a run, kept as the class path's archive once that run has ended cleanly. */
    public record Recording(Path file, Path archive) {

        /** Keeps the recorded archive when the run ended cleanly and no other run's is kept yet; else drops it. */
        public void keepIf(int exitCode) {
            try {
                if (CLEAN_EXITS.contains(exitCode) && Files.isRegularFile(file) && Files.size(file) > 0
                        && !Files.exists(archive)) {
                    Files.move(file, archive, StandardCopyOption.ATOMIC_MOVE);
                } else {
                    Files.deleteIfExists(file);
                }
            } catch (IOException e) {
                // no archive this time: the next run records one again
            }
        }
    }

    /**
     * Maps the archive in {@code dir} when there is one; otherwise this run records it.
     *
     * @param recorder names the recording run's file ({@code query-service-2}), for people looking at the directory
     */
    public static Launch launch(Path dir, String recorder) {
        Path archive = dir.resolve(ARCHIVE);
        if (Files.isRegularFile(archive)) {
            return new Launch(List.of("-XX:SharedArchiveFile=" + archive), null);
        }
        Path file = dir.resolve(recorder + "-" + ProcessHandle.current().pid() + "-" + RECORDINGS.incrementAndGet()
                + ".jsa.recording");
        return new Launch(List.of("-XX:ArchiveClassesAtExit=" + file), new Recording(file, archive));
    }

    /** The archive in {@code dir}, mapped when there, for a short run that should not record one. */
    public static List<String> mapOnly(Path dir) {
        Path archive = dir.resolve(ARCHIVE);
        return Files.isRegularFile(archive) ? List.of("-XX:SharedArchiveFile=" + archive) : List.of();
    }

    /** What an archive's directory name stands for besides the class path: this JVM's home and build. */
    public static String jvm() {
        return System.getProperty("java.home") + "\n" + System.getProperty("java.vm.version");
    }
}
