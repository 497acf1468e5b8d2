package io.newsroom.enrich.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsroom.enrich.vocab.Vocabulary;

class LexiconTest {

    @Test
    void aRuleOverSeveralRowsIsOneRuleInTheFilesOrder() {
        for (Lexicon.Language language : List.of(Lexicon.ENGLISH, Lexicon.ARABIC, Lexicon.RUSSIAN)) {
            Vocabulary.Table rules = Vocabulary.table("event/" + language.code() + "/rules.tsv");
            assertThat(language.rules()).extracting(Lexicon.Rule::type)
                    .containsExactlyElementsOf(EventVocabulary.groups(rules, "rule").stream().map(g -> g.get(0).get("type")).toList());
            assertThat(language.rules()).hasSize(new LinkedHashSet<>(rules.column("rule")).size());
        }
        // the cooperation rule's first and last rows
        Lexicon.Rule cooperation = Lexicon.ENGLISH.rules().stream().filter(r -> r.type().equals("COOPERATION")).findFirst()
                .orElseThrow();
        assertThat(cooperation.trigger().matcher("pledged to expand").matches()).isTrue();
        assertThat(cooperation.trigger().matcher("agreed on a timetable").matches()).isTrue();
    }

    @Test
    void aListALanguageDoesNotHaveMatchesNothing() {
        assertThat(Lexicon.ARABIC.pronounSubject().listed()).isFalse();
        assertThat(Lexicon.ARABIC.pronounSubject().at("هو التقى", 0)).isFalse();
        assertThat(Lexicon.ENGLISH.pronounSubject().at("he met", 0)).isTrue();
        assertThat(Lexicon.RUSSIAN.cancelled().in(" был отменен")).isFalse();
    }

    @Test
    void anArticleIsReadWithTheWordsOfItsLanguageOrElseOfItsScript() {
        assertThat(Lexicon.of("uk", "")).isSameAs(Lexicon.RUSSIAN);
        assertThat(Lexicon.of("fr", "")).isSameAs(Lexicon.ENGLISH);
        assertThat(Lexicon.of("und", "زار الرئيس موسكو")).isSameAs(Lexicon.ARABIC);
        assertThat(Lexicon.of(null, "Путин посетил Китай")).isSameAs(Lexicon.RUSSIAN);
        // a short Russian sentence the identifier takes for Bulgarian
        assertThat(Lexicon.of("bg", "Глава МИД Ирана принял посла")).isSameAs(Lexicon.RUSSIAN);
    }
}
