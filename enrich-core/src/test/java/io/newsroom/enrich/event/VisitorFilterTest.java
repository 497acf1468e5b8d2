package io.newsroom.enrich.event;

import static io.newsroom.enrich.event.Fixture.country;
import static io.newsroom.enrich.event.Fixture.person;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VisitorFilterTest {

    private static boolean kept(String type, String lang, String text, Fixture.Named... named) {
        Detection d = Fixture.on(type, lang, text, named);
        new ActorFinder().apply(d);
        return new VisitorFilter().apply(d);
    }

    @Test
    void troopsArrivingAreNoVisitButADelegationArrivingIs() {
        assertThat(kept("VISIT", "en", "Russian troops arrived in Syria.", country("Syria"))).isFalse();
        assertThat(kept("VISIT", "en", "A Chinese delegation arrived in Syria.", country("Syria"))).isTrue();
    }

    @Test
    void aVisitorsOfficeMayFollowTheTriggerAfterItsLanguagesMarkerNotAsTheVisited() {
        assertThat(kept("VISIT", "en", "The visit by the Iranian president to Oman went ahead.", country("Oman"))).isTrue();
        assertThat(kept("VISIT", "en", "He decided to visit those governments.")).isFalse();
        // a verb-first clause: the subject follows its verb
        assertThat(kept("VISIT", "ar", "من المقرر ان يزور الرئيس الايراني مسقط.")).isTrue();
    }

    @Test
    void aHostReceivesAGuestByOfficeOrByNameNotALetter() {
        Fixture.Named putin = person("Vladimir Putin");
        assertThat(kept("HOSTED_VISIT", "en", "Vladimir Putin received the President of Argentina.", putin)).isTrue();
        assertThat(kept("HOSTED_VISIT", "en", "Vladimir Putin received a letter from the president.", putin)).isFalse();
        assertThat(kept("HOSTED_VISIT", "en", "Vladimir Putin received Javier Milei in the Kremlin.", putin,
                person("Javier Milei"))).isTrue();
    }

    @Test
    void aGuestsOfficeMayStandInsideTheTrigger() {
        assertThat(kept("HOSTED_VISIT", "ru", "Путин принял в Кремле президента Египта.")).isTrue();
    }

    @Test
    void aVisitToAWebAddressIsNone() {
        Fixture.Named putin = person("Vladimir Putin");
        assertThat(kept("VISIT", "en", "For more on Vladimir Putin, please visit www.kremlin.ru today.", putin)).isFalse();
        assertThat(kept("VISIT", "en", "Vladimir Putin will visit Egypt today.", putin)).isTrue();
    }

    @Test
    void aVisitorIsNamedBeforeTheTriggerOrJustAfterItNotFurtherOn() {
        Fixture.Named palheta = person("Francisco de Mello Palheta");
        assertThat(kept("VISIT", "en", "Coffee arrived in Brazil thanks to the efforts (and charms) of Francisco de Mello"
                + " Palheta, an officer.", country("Brazil"), palheta)).isFalse();
        assertThat(kept("VISIT", "en", "Francisco de Mello Palheta arrived in Brazil.", country("Brazil"), palheta)).isTrue();
        assertThat(kept("VISIT", "en", "The visit of Francisco de Mello Palheta to Brazil ended.", country("Brazil"),
                palheta)).isTrue();
    }

    @Test
    void theTriggersOwnWordIsNoVisitor() {
        assertThat(kept("VISIT", "en", "Visit them at the museum in Brazil.", country("Brazil"), person("Visit"))).isFalse();
    }
}
