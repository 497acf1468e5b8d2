package io.newsroom.ingest.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class PollIntervalTest {

    private static final Duration BASE = Duration.ofMinutes(8);

    @Test
    void aBusySourceIsPolledMoreOftenDownToAQuarterOfItsInterval() {
        Duration d = BASE;
        d = PollInterval.next(BASE, d, 5);
        assertThat(d).isEqualTo(Duration.ofMinutes(4));
        d = PollInterval.next(BASE, d, 1);
        d = PollInterval.next(BASE, d, 1);
        assertThat(d).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void aQuietSourceIsPolledLessOftenUpToFourTimesItsInterval() {
        Duration d = BASE;
        d = PollInterval.next(BASE, d, 0);
        assertThat(d).isEqualTo(Duration.ofMinutes(12));
        for (int i = 0; i < 10; i++) {
            d = PollInterval.next(BASE, d, 0);
        }
        assertThat(d).isEqualTo(Duration.ofMinutes(32));
    }
}
