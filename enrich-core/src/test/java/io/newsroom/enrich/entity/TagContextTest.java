package io.newsroom.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class TagContextTest {

    private static TagContext article(String text) {
        return TagContext.of(new Tokenizer(new NameKeys()), "A title", text, null);
    }

    @Test
    void wordsJoinAcrossSpacesHyphensAndAnApostropheButNotAcrossFieldsOrParagraphs() {
        TagContext a = article("Kassym-Jomart Tokayev of the Kurdistan Workers' Party.\nNext");
        assertThat(a.surfaces(2, 5)).containsExactly("Kassym", "Jomart", "Tokayev");
        assertThat(a.joined(3)).isTrue();
        assertThat(a.joined(4)).isTrue();
        assertThat(a.joined(9)).as("Workers' Party").isTrue();
        assertThat(a.joined(2)).as("title, then text").isFalse();
        assertThat(a.joined(10)).as("a new paragraph").isFalse();
    }

    @Test
    void aFullStopJoinsOnlyAnInitial() {
        TagContext a = article("S. Lavrov spoke. Then Wulf");
        assertThat(a.joined(3)).as("S. Lavrov").isTrue();
        assertThat(a.joined(5)).as("spoke. Then").isFalse();
    }

    @Test
    void aClaimedNameTakesItsWords() {
        TagContext a = article("one two three");
        a.claim(new Span(3, 5, Set.of()));
        assertThat(a.spans()).hasSize(1);
        assertThat(a.taken(2)).isFalse();
        assertThat(a.taken(3)).isTrue();
        assertThat(a.taken(4)).isTrue();
    }
}
