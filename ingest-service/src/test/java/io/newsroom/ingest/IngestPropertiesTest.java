package io.newsroom.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class IngestPropertiesTest {

    @Test
    void theSettingsNeverPrintTheirKeys() {
        IngestProperties props = new IngestProperties(Path.of("sources.yml"), List.of("localhost"), "newsroom/test", null,
                Duration.ofSeconds(1), Duration.ofSeconds(2), 5, Duration.ofMinutes(5), null, null, Duration.ofHours(24),
                "write-secret", 3, 3, Duration.ofMinutes(1), "read-secret");
        assertThat(props.toString()).doesNotContain("write-secret").doesNotContain("read-secret")
                .contains("apiKey=***").contains("readKey=***").contains("userAgent=newsroom/test");
        assertThat(new IngestProperties(null, null, null, null, null, null, 0, null, null, null, null, null, 1, 0, null, " ")
                .toString()).contains("apiKey=none").contains("readKey=none");
    }
}
