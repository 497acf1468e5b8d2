package io.newsroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NewsroomTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) throws Exception {
        return Newsroom.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"up", "extract", "import-warc", "reprocess"})
    void everyCommandPrintsItsOwnUsageOnHelpAndSucceeds(String command) throws Exception {
        assertThat(run(command, "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("usage: ./newsroom " + command + " ")
                .contains("options:");
        assertThat(err.size()).isZero();
        out.reset();
        assertThat(run(command, "-h")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("usage: ./newsroom " + command + " ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"up", "extract", "import-warc", "reprocess", "train-names"})
    void anUnknownOptionIsAnErrorWithTheCommandsUsage(String command) throws Exception {
        assertThat(run(command, "--no-such-option")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("newsroom " + command
                + ": unknown option '--no-such-option'").contains("usage: ./newsroom " + command + " ");
        assertThat(out.size()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"help", "--help", "-h"})
    void helpListsEveryCommand(String help) throws Exception {
        assertThat(run(help)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("  up ", "  extract ", "  import-warc ", "  reprocess ",
                "  train-names ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "frobnicate"})
    void noCommandOrAnUnknownOneIsAnError(String command) throws Exception {
        assertThat(command.isEmpty() ? run() : run(command)).isEqualTo(2);
    }

    @Test
    void trainingNamesOnAFileThatIsNotThereIsAnError() throws Exception {
        assertThat(run("train-names", "/tmp/model.bin.gz", "/no/such/file.iob2")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("newsroom train-names: /no/such/file.iob2 is not a file\n");
    }
}
