package io.newsroom.enrich.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.newsroom.contracts.Entity;

class TopicFilterTest {

    private static boolean kept(String type, String lang, String text) {
        return new TopicFilter(PoliticalActors.COUNTRIES_ONLY).apply(Fixture.on(type, lang, text));
    }

    /** An article of a title and a text, on the trigger of {@code type} of its last sentence. */
    private static boolean keptIn(String type, String title, String text) {
        SentenceSplitter splitter = new SentenceSplitter();
        List<Sentence> sentences = new ArrayList<>(splitter.split("title", title));
        sentences.addAll(splitter.split("text", text));
        Detection d = new Detection(Lexicon.ENGLISH, sentences, List.of(), Fixture.ARTICLE);
        d.read(sentences.size() - 1);
        return new TopicFilter(PoliticalActors.COUNTRIES_ONLY).apply(Fixture.on(type, d));
    }

    @Test
    void aSentenceOfSportBusinessCultureCrimeOrTravelHasNoDiplomaticEvent() {
        assertThat(kept("MEETING", "en", "Spain will meet Croatia in the semi-final on Saturday.")).isFalse();
        assertThat(kept("AGREEMENT", "en", "The firm entered into a definitive agreement to acquire its rival.")).isFalse();
        assertThat(kept("SANCTIONS", "en", "Fans boycotted the concert after the singer's remarks.")).isFalse();
        assertThat(kept("VISIT", "en", "She was jailed for visiting a common nuisance.")).isFalse();
        assertThat(kept("MEETING", "en", "The senator met voters in Ohio.")).isFalse();
        assertThat(kept("MEETING", "ru", "В полуфинале украинцу предстоит встретиться с французом.")).isFalse();
        assertThat(kept("VISIT", "ru", "Адвокат получил разрешение на посещение своей подзащитной.")).isFalse();
    }

    @Test
    void diplomaticSentencesWithWordsThatAlsoNameTradeOrTravelAreKept() {
        assertThat(kept("MEETING", "en", "Putin met Xi in Beijing to sign a trade agreement.")).isTrue();
        assertThat(kept("TALKS", "en", "The Arab League held talks with Iran on prisoners.")).isTrue();
        assertThat(kept("TALKS", "en", "Blinken travelled to the Black Sea resort for talks with the negotiators.")).isTrue();
        assertThat(kept("MEETING", "ru", "Лавров встретился с делегацией Китая.")).isTrue();
    }

    @Test
    void aTopicSparesTheTypesItNames() {
        assertThat(kept("SANCTIONS", "en", "The United States sanctioned three Chinese companies.")).isTrue();
    }

    @Test
    void anArticleWhoseTitleIsAboutSportHasNoDiplomaticEvent() {
        assertThat(keptIn("MEETING", "Croatia v Spain: match preview", "Spain will meet Croatia on Saturday.")).isFalse();
        assertThat(keptIn("MEETING", "Spain and Croatia hold talks", "Spain will meet Croatia on Saturday.")).isTrue();
    }

    @Test
    void anArticleWhoseSentencesKeepReturningToATopicIsAboutIt() {
        String text = "The travellers arrived in spring. Sightseeing starts at nine. Read the blog for more. "
                + "We met the mayor at noon.";
        assertThat(keptIn("MEETING", "Spring in Kyoto", text)).isFalse();
        assertThat(keptIn("MEETING", "Spring in Kyoto", "The rain came in spring. We met the mayor at noon.")).isTrue();
    }

    @Test
    void aTopicMayRuleOutOnlyTheTypesItNames() {
        assertThat(kept("EXPULSION", "en", "The United States deported 40 migrants to Mexico.")).isFalse();
        assertThat(kept("AGREEMENT", "en", "The EU and Turkey signed an agreement on migrants.")).isTrue();
        assertThat(kept("TALKS", "en", "The club's transfer talks with the striker stalled.")).isFalse();
    }

    @Test
    void inAnArticleAboutATopicAPersonInOfficeIsStillNews() {
        String text = "Russian companies signed deals. Chinese companies signed more. The companies will invest. "
                + "Vladimir Putin met Xi Jinping in Beijing.";
        Entity putin = Fixture.person("Vladimir Putin").in(text);
        List<Sentence> sentences = new SentenceSplitter().split("text", text);
        Detection d = new Detection(Lexicon.ENGLISH, sentences, List.of(putin), Fixture.ARTICLE);
        d.read(sentences.size() - 1);
        Fixture.on("MEETING", d);
        PoliticalActors inOffice = new PoliticalActors(Map.of(putin.id(), List.of(new PoliticalActors.Term(null, null))),
                Set.of(), Map.of());
        assertThat(new TopicFilter(PoliticalActors.COUNTRIES_ONLY).apply(d)).isFalse();
        assertThat(new TopicFilter(inOffice).apply(d)).isTrue();
    }
}
