package io.newsroom.enrich.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordAlternativesTest {

    @Test
    void theAlternativesAreThoseOutsideGroupsAndCharacterClasses() {
        assertThat(WordAlternatives.topLevel("football|(?:soccer|sports?)\\s+club|semi-?finals?|a[|]b|x\\|y"))
                .containsExactly("football", "(?:soccer|sports?)\\s+club", "semi-?finals?", "a[|]b", "x\\|y");
    }

    @Test
    void aWordMatchesAtAWordStartAsTheWholeAlternationDoes() {
        WordAlternatives words = new WordAlternatives("football|(?:soccer|sports?)\\s+club|match(?:es)?", 0);
        String text = "the sports club won its matches, not a matchday";
        assertThat(words.matchesAt(text, text.indexOf("sports"))).isTrue();
        assertThat(words.matchesAt(text, text.indexOf("matches"))).isTrue();
        assertThat(words.matchesAt(text, text.indexOf("matchday"))).isFalse();
        assertThat(words.matchesAt(text, text.indexOf("won"))).isFalse();
    }

    @Test
    void aCharacterOutsideTheProbedAlphabetIsTriedAgainstEveryWord() {
        WordAlternatives words = new WordAlternatives("ñandú|tennis", 0);
        assertThat(words.matchesAt("un ñandú", 3)).isTrue();
    }

    @Test
    void aPlainWordMatchesAsAWholeWordOnly() {
        WordAlternatives words = new WordAlternatives("football|tennis", 0);
        assertThat(words.matchesAt("football, again", 0)).isTrue();
        assertThat(words.matchesAt("footballer", 0)).isFalse();
        assertThat(words.matchesAt("football2", 0)).isFalse();
        assertThat(words.matchesAt("tennis", 0)).isTrue();
    }
}
