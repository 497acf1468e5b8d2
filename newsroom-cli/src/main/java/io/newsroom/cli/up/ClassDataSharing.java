package io.newsroom.cli.up;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import io.newsroom.localstack.ChildProcess;
import io.newsroom.localstack.ClassArchive;

/**
 * Class-data sharing for the service JVMs. Each executable jar is extracted once (Spring Boot's {@code tools} jar
 * mode: the application jar with its libraries beside it, plain jars the JVM can archive classes from, which nested
 * jars are not), and the first run of the extracted jar records a {@link ClassArchive} that later runs map: loading
 * and verifying classes was most of a service's start-up work on this machine (BENCHMARKS, "Cold start"). Everything
 * lives in the jar's {@code target/cds/} under a name made from the jar's content and the JVM, so a rebuilt jar or
 * another JDK never meets an old archive; older directories are deleted. Thread-safe.
 */
final class ClassDataSharing {

    private static final Duration EXTRACT_TIMEOUT = Duration.ofMinutes(2);

    private final Path java;

    ClassDataSharing(Path java) {
        this.java = java;
    }

    /** How to run a service jar: the extracted jar, and the archive's options ({@link ClassArchive}). */
    record Launch(Path jar, ClassArchive.Launch archive) {

        /** The executable jar as it is, without an archive. */
        static Launch without(Path execJar) {
            return new Launch(execJar, ClassArchive.Launch.NONE);
        }
    }

    /** Extracts the jar unless done before for these bytes and this JVM; slow once per build (seconds). */
    Path extracted(Path execJar) throws IOException, InterruptedException {
        Path dir = directory(execJar);
        Path root = dir.getParent();
        Path jar = dir.resolve(execJar.getFileName());
        if (Files.isRegularFile(jar)) {
            return jar;
        }
        Files.createDirectories(root);
        Path tmp = Files.createTempDirectory(root, "extracting-");
        ChildProcess extract = ChildProcess.start("extract " + execJar.getFileName(), List.of(java.toString(),
                "-Djarmode=tools", "-jar", execJar.toString(), "extract", "--destination", tmp.toString(), "--force"),
                Collections.singletonMap("JAVA_TOOL_OPTIONS", null), tmp.resolveSibling(tmp.getFileName() + ".log"));
        int code = extract.awaitExit(EXTRACT_TIMEOUT);
        String output = extract.tail(20);
        Files.deleteIfExists(extract.log());
        if (code != 0) {
            delete(tmp);
            throw new IllegalStateException("could not extract " + execJar + " (exit code " + code + "):\n" + output);
        }
        try {
            Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException raced) {
            // another launcher extracted the same jar meanwhile: theirs serves as well
            delete(tmp);
        }
        try (Stream<Path> old = Files.list(root)) {
            old.filter(p -> !p.equals(dir) && !p.getFileName().toString().startsWith("extracting-"))
                    .forEach(ClassDataSharing::delete);
        }
        return jar;
    }

    /** The extracted jar, with the archive beside it mapped or, when there is none yet, recorded by this run. */
    Launch launch(Path extractedJar, String instance) {
        return new Launch(extractedJar, ClassArchive.launch(extractedJar.getParent(), instance));
    }

    /** Where the jar is extracted and its archive kept: named after its content and this JVM. */
    static Path directory(Path execJar) throws IOException {
        return execJar.resolveSibling("cds").resolve(key(execJar));
    }

    /**
     * A digest of the jar's content and the JVM's home and version: an archive fits one class path and one JVM. The
     * jar's central directory holds every entry's CRC-32 and size, so digesting it stands for the content at a
     * fraction of reading 60 to 110 MB on each start.
     */
    private static String key(Path jar) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            zip.stream().forEach(e -> sha.update((e.getName() + "\t" + e.getCrc() + "\t" + e.getSize() + "\n")
                    .getBytes(StandardCharsets.UTF_8)));
        }
        sha.update(ClassArchive.jvm().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest(), 0, 12);
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // best effort: a directory left behind is only disk space
        }
    }
}
