package io.newsroom.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.newsroom.contracts.ArticleId;
import io.newsroom.contracts.EnrichedArticle;
import io.newsroom.contracts.Entity;
import io.newsroom.contracts.EntityRef;
import io.newsroom.contracts.Event;
import io.newsroom.contracts.MergedEvent;

class RuleMatcherTest {

    private static final Instant T = Instant.parse("2026-11-27T10:00:00Z");

    static AlertRule articles(String id, String query) {
        return new AlertRule(id, id, AlertRule.ARTICLES, query, null, null, null, null, null, null, null, null, null, false, false, 0,
                List.of(), T, T, null, null);
    }

    static EnrichedArticle article(String title, String text, String lang, List<Entity> entities, List<Event> events) {
        String url = "https://example.org/" + Math.abs((title + text).hashCode());
        return new EnrichedArticle(1, ArticleId.of(url), url, "wire", 1, title, text, lang, null, List.of(), T, T, null, null,
                null, null, entities, events, null);
    }

    private final RuleMatcher matcher = new RuleMatcher(q -> q.equals("Tokayev") ? Optional.of("Q200881") : Optional.empty());

    private List<String> matches(EnrichedArticle a) {
        return matcher.matchArticles(List.of(a)).get(0).stream().map(AlertRule::id).sorted().toList();
    }

    @Test
    void aRuleMatchesWhatTheSameSearchFinds() {
        matcher.put(articles("phrase", "\"held talks\""));
        matcher.put(articles("both", "Putin Xi"));
        matcher.put(articles("either", "Macron | Xi"));
        matcher.put(articles("not", "Putin -Xi"));
        matcher.put(articles("prefix", "Dushan*"));
        matcher.put(articles("stem", "talk"));
        EnrichedArticle a = article("Putin and Xi hold talks", "Russian President Vladimir Putin held talks with Xi Jinping.",
                "en", List.of(), List.of());
        assertThat(matches(a)).containsExactly("both", "either", "phrase", "stem");
    }

    @Test
    void aNameInTheQueryMatchesItsIdentityInAnyScript() {
        matcher.put(articles("tokayev", "Tokayev"));
        EnrichedArticle arabic = article("زيارة رئيس كازاخستان", "قال السفير إن الرئيس توكايف يعتزم زيارة موسكو", "ar",
                List.of(new Entity("Q200881", "Kassym-Jomart Tokayev", "PERSON", 1, List.of())), List.of());
        assertThat(matches(arabic)).containsExactly("tokayev");
    }

    @Test
    void arabicWordsMatchThroughTheArabicAnalyzer() {
        matcher.put(articles("president", "رئيس"));
        EnrichedArticle arabic = article("زيارة الرئيس", "قال السفير إن الرئيس يعتزم زيارة موسكو", "ar", List.of(), List.of());
        assertThat(matches(arabic)).containsExactly("president");
    }

    @Test
    void filtersMustAllHold() {
        matcher.put(new AlertRule("ru-talks", "x", AlertRule.ARTICLES, null, "en", null, null, null, "Q159", "TALKS", null, null, null,
                false, false, 0, List.of(), T, T, null, null));
        Event talks = new Event("TALKS", "046", "CONSULT", Event.OCCURRED, List.of(), List.of(), List.of(), null, LocalDate.parse("2025-05-08"), null,
                "talks", null, 0.9, null);
        Entity russia = new Entity("Q159", "Russia", "COUNTRY", 1, List.of());
        assertThat(matches(article("a", "b", "en", List.of(russia), List.of(talks)))).containsExactly("ru-talks");
        assertThat(matches(article("a", "b", "fr", List.of(russia), List.of(talks)))).isEmpty();
        assertThat(matches(article("a", "b", "en", List.of(), List.of(talks)))).isEmpty();
        assertThat(matches(article("a", "b", "en", List.of(russia), List.of()))).isEmpty();
    }

    @Test
    void aRemovedOrReplacedRuleNoLongerMatchesAsBefore() {
        matcher.put(articles("r", "Putin"));
        EnrichedArticle a = article("Putin speaks", "text", "en", List.of(), List.of());
        assertThat(matches(a)).containsExactly("r");
        matcher.put(articles("r", "Macron"));
        assertThat(matches(a)).isEmpty();
        matcher.put(articles("r", "Putin"));
        matcher.remove("r");
        assertThat(matches(a)).isEmpty();
        assertThat(matcher.size()).isZero();
    }

    @Test
    void eventRulesMatchByTypePartyAndCountry() {
        matcher.put(new AlertRule("visits", "x", AlertRule.EVENTS, null, null, null, null, null, null, "VISIT", null, null, null, false,
                false, 0, List.of(), T, T, null, null));
        matcher.put(new AlertRule("tokayev", "x", AlertRule.EVENTS, null, null, null, null, null, null, null, "Q200881", null, null, false,
                false, 0, List.of(), T, T, null, null));
        matcher.put(new AlertRule("in-russia", "x", AlertRule.EVENTS, null, null, null, null, null, "Q159", "SUMMIT", null, null, null,
                false, false, 0, List.of(), T, T, null, null));
        MergedEvent visit = event("VISIT", List.of(new EntityRef("Q200881", "Kassym-Jomart Tokayev", "PERSON")),
                new EntityRef("Q649", "Moscow", "PLACE"));
        assertThat(matcher.matchEvent(visit)).extracting(AlertRule::id).containsExactlyInAnyOrder("visits", "tokayev");
        MergedEvent summit = event("SUMMIT", List.of(new EntityRef("Q7747", "Vladimir Putin", "PERSON")),
                new EntityRef("Q159", "Russia", "COUNTRY"));
        assertThat(matcher.matchEvent(summit)).extracting(AlertRule::id).containsExactly("in-russia");
    }

    @Test
    void eventRulesMatchByWhoDidItAndToWhom() {
        matcher.put(new AlertRule("russia-acts", "x", AlertRule.EVENTS, null, null, null, null, null, null, "SANCTIONS", null, "Q159",
                null, false, false, 0, List.of(), T, T, null, null));
        matcher.put(new AlertRule("on-russia", "x", AlertRule.EVENTS, null, null, null, null, null, null, null, null, null, "Q159",
                false, false, 0, List.of(), T, T, null, null));
        EntityRef russia = new EntityRef("Q159", "Russia", "COUNTRY");
        EntityRef eu = new EntityRef("Q458", "European Union", "ORGANIZATION");
        MergedEvent onRussia = event("SANCTIONS", List.of(eu, russia), List.of(eu), List.of(russia), null);
        assertThat(matcher.matchEvent(onRussia)).extracting(AlertRule::id).containsExactly("on-russia");
        MergedEvent byRussia = event("SANCTIONS", List.of(russia, eu), List.of(russia), List.of(eu), null);
        assertThat(matcher.matchEvent(byRussia)).extracting(AlertRule::id).containsExactly("russia-acts");
    }

    @Test
    void eventRulesMatchByPloverTypeAndByCooperationOrConflictClass() {
        matcher.put(new AlertRule("conflict", "x", AlertRule.EVENTS, null, null, null, null, null, null, null, null, null, null,
                false, false, 0, List.of(), T, T, null, "conflict"));
        matcher.put(new AlertRule("talks", "x", AlertRule.EVENTS, null, null, null, null, null, null, null, null, null, null,
                false, false, 0, List.of(), T, T, "CONSULT", "verbal-cooperation"));
        EntityRef russia = new EntityRef("Q159", "Russia", "COUNTRY");
        MergedEvent sanctions = event("SANCTIONS", "163", "SANCTION", List.of(russia), List.of(), List.of(), null);
        MergedEvent talks = event("TALKS", "046", "CONSULT", List.of(russia), List.of(), List.of(), null);
        MergedEvent intent = event("COOPERATION", "030", "AGREE", List.of(russia), List.of(), List.of(), null);
        assertThat(matcher.matchEvent(sanctions)).extracting(AlertRule::id).containsExactly("conflict");
        assertThat(matcher.matchEvent(talks)).extracting(AlertRule::id).containsExactly("talks");
        assertThat(matcher.matchEvent(intent)).isEmpty();
    }

    static MergedEvent event(String type, List<EntityRef> actors, EntityRef place) {
        return event(type, actors, List.of(), List.of(), place);
    }

    static MergedEvent event(String type, List<EntityRef> actors, List<EntityRef> sources, List<EntityRef> targets, EntityRef place) {
        return event(type, "040", "CONSULT", actors, sources, targets, place);
    }

    static MergedEvent event(String type, String cameo, String plover, List<EntityRef> actors, List<EntityRef> sources,
            List<EntityRef> targets, EntityRef place) {
        return new MergedEvent(MergedEvent.SCHEMA_VERSION, "e1", type + "|x", type, type, cameo, plover, Event.OCCURRED,
                actors, actors.stream().map(EntityRef::id).toList(), sources, targets, place, LocalDate.parse("2025-05-08"), null,
                "evidence", null, 0.9, T, T, 1, 0, 1, 1, List.of("en"), List.of("wire"), List.of(),
                List.of(new MergedEvent.StatusChange(Event.OCCURRED, T, "a")), null);
    }
}
