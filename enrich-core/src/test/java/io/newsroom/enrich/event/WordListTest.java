package io.newsroom.enrich.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordListTest {

    private static final WordList SAID = WordList.of("said|told", "\\b", "\\b");
    private static final WordList NONE = WordList.of(null, "\\b", "\\b");

    @Test
    void theLastAndFirstMatchWithinARegion() {
        String t = "lavrov said he told them what zakharova said";
        assertThat(SAID.last(t, 0, 30).group()).isEqualTo("told");
        assertThat(SAID.first(t, 10, t.length()).group()).isEqualTo("told");
        assertThat(SAID.last(t, 0, 5)).isNull();
    }

    @Test
    void anyStopsAtTheFirstMatchThatPasses() {
        String t = "said, told, said";
        assertThat(SAID.any(t, 0, t.length(), m -> m.group().equals("told"))).isTrue();
        assertThat(SAID.any(t, 0, t.length(), m -> m.group().equals("asked"))).isFalse();
    }

    @Test
    void aListTheLanguageLacksMatchesNothing() {
        assertThat(NONE.listed()).isFalse();
        assertThat(NONE.in("said")).isFalse();
        assertThat(NONE.last("said", 0, 4)).isNull();
        assertThat(NONE.any("said", 0, 4, m -> true)).isFalse();
    }
}
