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
        assertThat(Lexicon.of("uk", "")).contains(Lexicon.RUSSIAN);
        assertThat(Lexicon.of("und", "زار الرئيس موسكو")).contains(Lexicon.ARABIC);
        assertThat(Lexicon.of(null, "Путин посетил Китай")).contains(Lexicon.RUSSIAN);
        // a short Russian sentence the identifier takes for Bulgarian
        assertThat(Lexicon.of("bg", "Глава МИД Ирана принял посла")).contains(Lexicon.RUSSIAN);
    }

    @Test
    void latinLettersOfAnotherLanguageAreReadAsEnglishOnlyWhereEnglishFunctionWordsAre() {
        // a short English sentence the identifier took for Dutch
        assertThat(Lexicon.of("nl", "The ambassadors of Arnor and Gondor met with the president."))
                .contains(Lexicon.ENGLISH);
        assertThat(Lexicon.of("fr", "Sophie Binet met en garde Emmanuel Macron sur la gravité de la situation dans "
                + "le pays, a déclaré la secrétaire générale de la CGT lors d'une conférence de presse à Paris.")).isEmpty();
        assertThat(Lexicon.of("de", "Der Minister traf am Montag in Berlin seinen Amtskollegen aus Frankreich, um über "
                + "die Lage in der Ukraine und die Hilfe der Europäischen Union zu sprechen, hieß es.")).isEmpty();
        // a few words tell nothing: read by their script
        assertThat(Lexicon.of("fr", "Emmanuel Macron visited Algeria on Monday.")).contains(Lexicon.ENGLISH);
    }
}
