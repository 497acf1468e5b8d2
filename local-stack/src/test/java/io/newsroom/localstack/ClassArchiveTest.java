package io.newsroom.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassArchiveTest {

    @TempDir
    Path dir;

    @Test
    void aRunMapsTheArchiveOnceOneWasKept() throws IOException {
        Files.writeString(dir.resolve("classes.jsa"), "archive");
        ClassArchive.Launch launch = ClassArchive.launch(dir, "query-service");
        assertThat(launch.jvmOptions()).containsExactly("-XX:SharedArchiveFile=" + dir.resolve("classes.jsa"));
        assertThat(launch.recording()).isNull();
        assertThat(ClassArchive.mapOnly(dir)).isEqualTo(launch.jvmOptions());
    }

    @Test
    void withoutAnArchiveEachRunRecordsToAFileOfItsOwnAndAShortRunMapsNothing() {
        ClassArchive.Launch first = ClassArchive.launch(dir, "query-service");
        ClassArchive.Launch second = ClassArchive.launch(dir, "query-service-2");
        assertThat(first.jvmOptions()).containsExactly("-XX:ArchiveClassesAtExit=" + first.recording().file());
        assertThat(first.recording().file()).isNotEqualTo(second.recording().file());
        assertThat(first.recording().file().getParent()).isEqualTo(dir);
        assertThat(first.recording().archive()).isEqualTo(dir.resolve("classes.jsa"));
        assertThat(ClassArchive.mapOnly(dir)).isEmpty();
    }

    @Test
    void anArchiveIsKeptOnlyFromARunThatEndedCleanlyAndTheFirstKeptStays() throws IOException {
        ClassArchive.Recording killed = recorded(ClassArchive.launch(dir, "a"));
        killed.keepIf(137);
        assertThat(killed.archive()).doesNotExist();
        assertThat(killed.file()).doesNotExist();

        ClassArchive.Recording stopped = recorded(ClassArchive.launch(dir, "b"));
        ClassArchive.Recording alsoStopped = recorded(ClassArchive.launch(dir, "c"));
        stopped.keepIf(143);
        alsoStopped.keepIf(0);
        assertThat(stopped.archive()).hasContent(stopped.file().getFileName().toString());
        assertThat(stopped.file()).doesNotExist();
        assertThat(alsoStopped.file()).doesNotExist();
    }

    @Test
    void aRunThatWroteNothingKeepsNothing() {
        ClassArchive.Recording empty = ClassArchive.launch(dir, "a").recording();
        empty.keepIf(143);
        assertThat(empty.archive()).doesNotExist();
    }

    private static ClassArchive.Recording recorded(ClassArchive.Launch launch) throws IOException {
        Files.writeString(launch.recording().file(), launch.recording().file().getFileName().toString());
        return launch.recording();
    }
}
