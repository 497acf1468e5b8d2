package io.newsroom.cli.up;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataSharingTest {

    @TempDir
    Path dir;

    private final ClassDataSharing sharing =
            new ClassDataSharing(Path.of(System.getProperty("java.home"), "bin", "java"));

    @Test
    void aRebuiltJarWithOtherContentGetsADirectoryOfItsOwnSoNoOldArchiveIsMapped() throws IOException {
        Path before = ClassDataSharing.directory(jar("io/newsroom/App.class", "one"));
        assertThat(ClassDataSharing.directory(jar("io/newsroom/App.class", "one"))).isEqualTo(before);
        Path after = ClassDataSharing.directory(jar("io/newsroom/App.class", "two"));
        assertThat(after).isNotEqualTo(before);
        assertThat(after.getParent()).isEqualTo(dir.resolve("cds"));
    }

    @Test
    void theServiceRunsFromItsExtractedJarWithTheArchiveBesideItWhenOneWasKept() throws IOException {
        Path extracted = Files.createDirectories(dir.resolve("cds/abc")).resolve("query-service-exec.jar");
        assertThat(sharing.launch(extracted, "query-service").archive().recording()).isNotNull();
        Files.writeString(dir.resolve("cds/abc/classes.jsa"), "archive");
        ClassDataSharing.Launch launch = sharing.launch(extracted, "query-service");
        assertThat(launch.jar()).isEqualTo(extracted);
        assertThat(launch.archive().jvmOptions())
                .containsExactly("-XX:SharedArchiveFile=" + dir.resolve("cds/abc/classes.jsa"));
    }

    private Path jar(String entry, String content) throws IOException {
        Path jar = dir.resolve("app-exec.jar");
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return jar;
    }
}
