package io.newsroom.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class SourcesFileParserTest {

    private final SourcesFileParser parser = new SourcesFileParser();

    @Test
    void readsFeedsUrlListsIntervalsAndAllowedHosts() {
        SourcesConfig config = parser.parse("""
                allowed-hosts: [localhost]
                sources:
                  - id: sample
                    type: feed
                    url: http://localhost:8090/feed.xml
                    poll-every: 30s
                  - id: picks
                    type: urls
                    urls:
                      - https://example.org/a
                      - https://example.org/b
                """);
        assertThat(config.allowedHosts()).containsExactly("localhost");
        assertThat(config.sources()).extracting(Source::id).containsExactly("sample", "picks");
        assertThat(config.sources().get(0).pollEvery()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.sources().get(1).type()).isEqualTo(SourceType.URLS);
        assertThat(config.sources().get(1).urls()).hasSize(2);
    }

    @Test
    void mistakesNameTheSourceAndTheField() {
        assertThatThrownBy(() -> parser.parse("sources:\n  - id: x\n    type: feed\n"))
                .hasMessage("source 'x': a feed needs 'url'");
        assertThatThrownBy(() -> parser.parse("sources:\n  - id: x\n    type: podcast\n    url: http://a.org/\n"))
                .hasMessageContaining("unknown type 'podcast'");
        assertThatThrownBy(() -> parser.parse("sources:\n  - id: x\n    type: feed\n    url: file:///etc/passwd\n"))
                .hasMessageContaining("not an http(s) URL");
        assertThatThrownBy(() -> parser.parse("sources:\n  - id: x\n    type: urls\n    urls: [http://a.org/]\n"
                + "  - id: x\n    type: urls\n    urls: [http://b.org/]\n")).hasMessageContaining("used twice");
        assertThatThrownBy(() -> parser.parse("sources: [\n")).hasMessageStartingWith("not valid YAML");
    }
}
