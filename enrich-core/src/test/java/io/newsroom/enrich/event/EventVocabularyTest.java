package io.newsroom.enrich.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsroom.enrich.vocab.Vocabulary;

class EventVocabularyTest {

    private static final List<String> COLUMNS = List.of("name", "pattern");
    private static final EventVocabulary ENGLISH = new EventVocabulary("en");

    private static Vocabulary.Row row(int line, String name, String pattern) {
        return new Vocabulary.Row("/vocab/test.tsv", line, COLUMNS, List.of(name, pattern));
    }

    private static Vocabulary.Table table(Vocabulary.Row... rows) {
        return new Vocabulary.Table("/vocab/test.tsv", COLUMNS, List.of(rows));
    }

    @Test
    void aFragmentStandsForItsPatternInAGroupAndARegexsOwnBracesStay() {
        assertThat(ENGLISH.expand(row(1, "x", ""), "(\\d{1,3}){ORDINAL}? anniversary\\p{L}{0,2}"))
                .isEqualTo("(\\d{1,3})(?:st|nd|rd|th)? anniversary\\p{L}{0,2}");
    }

    @Test
    void aCellThatIsOneFragmentAloneIsItsAlternatives() {
        assertThat(ENGLISH.expand(row(1, "x", ""), "{ORDINAL}")).isEqualTo("st|nd|rd|th");
    }

    @Test
    void anUnknownFragmentIsAnErrorNamingItsLine() {
        assertThatThrownBy(() -> ENGLISH.expand(row(7, "x", ""), "{NOWHERE}\\s+talks"))
                .hasMessageContaining("line 7").hasMessageContaining("NOWHERE");
    }

    @Test
    void rowsOfOneNameAreItsAlternativesInRowOrder() {
        List<List<Vocabulary.Row>> groups = EventVocabulary.groups(table(row(1, "a", "x"), row(2, "a", "y|z"),
                row(3, "b", "w")), "name");
        assertThat(groups).hasSize(2);
        assertThat(ENGLISH.alternatives(groups.get(0), "pattern")).isEqualTo("x|y|z");
    }

    @Test
    void rowsOfOneNameMustStandTogether() {
        assertThatThrownBy(() -> EventVocabulary.groups(table(row(1, "a", "x"), row(2, "b", "y"), row(3, "a", "z")), "name"))
                .hasMessageContaining("line 3").hasMessageContaining("a");
    }

    @Test
    void aLanguageWithoutAFileHasNoListsFromIt() {
        assertThat(new EventVocabulary("mul").lists("time")).isEmpty();
        assertThat(ENGLISH.lists("time")).containsKeys("today", "yesterday", "ordinal");
    }
}
