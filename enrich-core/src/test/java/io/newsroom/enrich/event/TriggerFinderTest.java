package io.newsroom.enrich.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsroom.contracts.Event;

class TriggerFinderTest {

    private static List<String> types(String lang, String text) {
        Detection d = Fixture.read(lang, text, Fixture.ARTICLE);
        new TriggerFinder().apply(d);
        return d.triggers().stream().map(Trigger::type).toList();
    }

    @Test
    void whereTwoTriggersOverlapTheEarlierRuleWins() {
        assertThat(types("en", "Israel suspended talks with Hamas.")).containsExactly("TALKS_SUSPENDED");
    }

    @Test
    void eachTypeOnceInOrderOfPosition() {
        assertThat(types("en", "Lavrov visited Dushanbe, met Rahmon and visited the parliament."))
                .containsExactly("VISIT", "MEETING");
    }

    @Test
    void anAmbiguousVerbNeedsItsNounNearby() {
        assertThat(types("en", "The minister signed autographs for the fans.")).isEmpty();
        assertThat(types("en", "The minister signed the agreement.")).containsExactly("AGREEMENT");
        assertThat(types("ar", "وقع البلدان اتفاقية للتعاون")).containsExactly("AGREEMENT");
        assertThat(types("ru", "Стороны подписали соглашение.")).containsExactly("AGREEMENT");
    }

    @Test
    void withoutItsNounATriggerAfterAlsoJoinsTheArticlesLastEventOfItsType() {
        String text = "Leaders attended the parade. Lukashenko also attended.";
        Detection d = Fixture.read("en", text, Fixture.ARTICLE);
        d.read(1);
        assertThat(new TriggerFinder().apply(d)).isFalse();

        d.record(new Sighting("CEREMONY", Event.OCCURRED, When.UNKNOWN, List.of(), List.of(), List.of(), List.of(),
                d.sentences().get(0), null, null, 0.5));
        assertThat(new TriggerFinder().apply(d)).isTrue();
        assertThat(d.triggers()).singleElement().satisfies(t -> assertThat(t.anaphoric()).isTrue());
    }

    @Test
    void aSentenceWithoutATriggerIsDropped() {
        Detection d = Fixture.read("en", "The weather in Moscow was fine.", Fixture.ARTICLE);
        assertThat(new TriggerFinder().apply(d)).isFalse();
    }

    @Test
    void meetingADemandOrATargetIsNoMeeting() {
        assertThat(types("en", "Land was confiscated to meet settler demands.")).isEmpty();
        assertThat(types("en", "The country failed to meet its emission targets.")).isEmpty();
        assertThat(types("en", "Putin will meet the Egyptian president.")).containsExactly("MEETING");
    }
}
