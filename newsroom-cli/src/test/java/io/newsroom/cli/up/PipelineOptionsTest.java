package io.newsroom.cli.up;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PipelineOptionsTest {

    @Test
    void twoPartsOnOnePortAreRefusedWithEveryPortNamed() {
        assertThatThrownBy(() -> new PipelineOptions.Ports(8080, 8081, 8082, 9092, 9200, 8081))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a port of its own")
                .hasMessageContaining("ingest 8081")
                .hasMessageContaining("site 8081");
    }

    @Test
    void instancesCanBeNoneOfAServiceButNotFewer() {
        assertThatCode(() -> new PipelineOptions.Instances(0, 2, 0)).doesNotThrowAnyException();
        assertThatThrownBy(() -> new PipelineOptions.Instances(1, -1, 1)).hasMessageContaining("enrich -1");
    }

    @Test
    void theDefaultPortsAreAllDifferent() {
        assertThatCode(PipelineOptions.Ports::defaults).doesNotThrowAnyException();
    }
}
