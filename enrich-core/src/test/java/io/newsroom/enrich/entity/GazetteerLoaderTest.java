package io.newsroom.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class GazetteerLoaderTest {

    @Test
    void aDateOfAYearOrAMonthIsItsFirstDayAsAStartAndItsLastAsAnEnd() {
        assertThat(GazetteerLoader.date("2019", false)).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(GazetteerLoader.date("2019", true)).isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(GazetteerLoader.date("2024-02", true)).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(GazetteerLoader.date("2019-03-20", true)).isEqualTo(LocalDate.of(2019, 3, 20));
        assertThat(GazetteerLoader.date("", false)).isNull();
        assertThat(GazetteerLoader.date("soon", false)).isNull();
    }
}
