package io.newsroom.enrich.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsroom.contracts.EntityRef;
import io.newsroom.contracts.Event;
import io.newsroom.enrich.core.TestEnricher;

/** The detector's rules, each on the smallest text that shows it, through the service's code path. */
class EventDetectorTest {

    private static List<Event> events(String text) {
        return TestEnricher.SHIPPED.text(text).events();
    }

    @Test
    void negatedEventsAreNotEvents() {
        assertThat(events("Viktor Orban did not meet Vladimir Putin in Moscow.")).isEmpty();
        assertThat(events("The visit of Emmanuel Macron to Algeria was postponed.")).isEmpty();
        assertThat(events("لم يلتق الرئيس الأمريكي جو بايدن بالرئيس الروسي فلاديمير بوتين.")).isEmpty();
        assertThat(events("Владимир Путин не встретился с Владимиром Зеленским.")).isEmpty();
    }

    @Test
    void aCancelledVisitIsARejectionAndADeniedEventKeepsItsPartiesWithoutCodes() {
        Event cancelled = events("The visit of Emmanuel Macron to Algeria was cancelled at the last minute.").get(0);
        assertThat(cancelled.status()).isEqualTo(Event.CANCELLED);
        assertThat(cancelled.cameo()).isEqualTo("125");
        assertThat(cancelled.plover()).isEqualTo("REJECT");
        assertThat(cancelled.sourceActors()).extracting(EntityRef::name).containsExactly("Emmanuel Macron");
        Event denied = events("The Kremlin denied that Vladimir Putin met Viktor Orban in Budapest.").get(0);
        assertThat(denied.status()).isEqualTo(Event.DENIED);
        assertThat(denied.actors()).extracting(EntityRef::name).containsExactly("Vladimir Putin", "Viktor Orbán");
        assertThat(denied.cameo()).isNull();
        assertThat(denied.plover()).isNull();
    }

    @Test
    void theSubjectIsTheSourceAndTheObjectTheTarget() {
        Event visit = events("Emmanuel Macron visited Algeria on Monday.").get(0);
        assertThat(visit.sourceActors()).extracting(EntityRef::name).containsExactly("Emmanuel Macron");
        assertThat(visit.targetActors()).extracting(EntityRef::name).containsExactly("Algeria");
        Event sanctions = events("The United States imposed sanctions on Iran.").get(0);
        assertThat(sanctions.sourceActors()).extracting(EntityRef::name).containsExactly("United States");
        assertThat(sanctions.targetActors()).extracting(EntityRef::name).containsExactly("Iran");
    }

    @Test
    void thePassivesAgentIsTheSourceAndAVerbFirstClausesFirstActorToo() {
        Event hosted = events("Viktor Orban was received by Vladimir Putin in the Kremlin.").get(0);
        assertThat(hosted.sourceActors()).extracting(EntityRef::name).containsExactly("Vladimir Putin");
        assertThat(hosted.targetActors()).extracting(EntityRef::name).containsExactly("Viktor Orbán");
        Event received = events("استقبل الرئيس الروسي فلاديمير بوتين رئيس الوزراء المجري فيكتور أوربان في الكرملين.").get(0);
        assertThat(received.sourceActors()).extracting(EntityRef::name).containsExactly("Vladimir Putin", "Russia");
        assertThat(received.targetActors()).extracting(EntityRef::name).contains("Viktor Orbán");
    }

    @Test
    void sanctionsAndTheCounterSanctionsInOneArticleAreTwoEvents() {
        List<Event> events = events("The United States imposed sanctions on Iran. Iran imposed sanctions on the United States.");
        assertThat(events).hasSize(2);
        assertThat(events).extracting(e -> e.sourceActors().get(0).name()).containsExactly("United States", "Iran");
    }

    @Test
    void theTriggerIsMarkedInTheEvidence() {
        Event visit = events("Emmanuel Macron visited Algeria on Monday.").get(0);
        assertThat(visit.trigger().of(visit.evidence())).isEqualTo("visited");
    }

    @Test
    void threatsDemandsAndConditionsAreNotEvents() {
        assertThat(events("France threatened to impose sanctions on Iran.")).isEmpty();
        assertThat(events("Ukraine called for talks with Russia.")).isEmpty();
        assertThat(events("Turkey will sign the agreement if Sweden changes its laws.")).isEmpty();
        assertThat(events("هددت إيران بفرض عقوبات على الشركات الأوروبية.")).isEmpty();
    }

    @Test
    void theSpeakerOfReportedSpeechIsNotAnActor() {
        Event visit = events("Sergey Lavrov said that Kassym-Jomart Tokayev will visit Moscow next week.").get(0);
        assertThat(visit.actors()).extracting(EntityRef::name).contains("Kassym-Jomart Tokayev").doesNotContain("Sergey Lavrov");
        assertThat(visit.status()).isEqualTo(Event.PLANNED);
    }

    @Test
    void aMeetingOfPartiesOfOneCountryIsNoDiplomaticEventUnlessAForeignPartyIsNamedByRole() {
        assertThat(events("Vladimir Putin met Sergey Lavrov in the Kremlin on Monday.")).isEmpty();
        assertThat(events("Keir Starmer held an emergency meeting with police chiefs.")).isEmpty();
        assertThat(events("Путин провел встречу с Лавровым в Кремле.")).isEmpty();
        assertThat(events("Sergey Lavrov met his counterpart in Moscow on Monday.")).extracting(Event::type)
                .containsExactly("MEETING");
        assertThat(events("Vladimir Putin met Recep Tayyip Erdogan in Sochi.")).extracting(Event::type)
                .containsExactly("MEETING");
    }

    @Test
    void russianNegotiatorsAreNoTalksAndAVisitAwaitedIsPlanned() {
        assertThat(events("Российские переговорщики от души радовались, что спросили не их.")).isEmpty();
        Event visit = events("Мы ждем его с визитом в Россию, — сказал Владимир Путин премьер-министру Малайзии.").get(0);
        assertThat(visit.type()).isEqualTo("VISIT");
        assertThat(visit.status()).isEqualTo(Event.PLANNED);
    }

    @Test
    void aCapitalAsTheSubjectIsItsCountryAndElsewhereAPlace() {
        Event cut = events("Washington reduced its diplomatic presence in Caracas.").get(0);
        assertThat(cut.actors()).extracting(EntityRef::name).containsExactly("United States");
        assertThat(cut.place().name()).isEqualTo("Caracas");
        Event deal = events("Beijing and Manila agreed to set up a hotline to handle incidents at sea.").get(0);
        assertThat(deal.actors()).extracting(EntityRef::name).containsExactly("China", "Philippines");
        Event talks = events("Sergey Lavrov held talks with Kassym-Jomart Tokayev in Moscow.").get(0);
        assertThat(talks.actors()).extracting(EntityRef::name).doesNotContain("Russia");
    }

    @Test
    void anAgreementReachedIsAgreeAndOneSignedIsSupport() {
        Event reached = events("Armenia and Azerbaijan reached an agreement on the border.").get(0);
        assertThat(reached.type()).isEqualTo("AGREEMENT");
        assertThat(List.of(reached.cameo(), reached.plover())).containsExactly("030", "AGREE");
        Event signed = events("Armenia and Azerbaijan signed an agreement on the border.").get(0);
        assertThat(List.of(signed.cameo(), signed.plover())).containsExactly("057", "SUPPORT");
        // reached, then signed: the signing is what happened
        Event both = events("Armenia and Azerbaijan reached an agreement on the border. Armenia and Azerbaijan "
                + "signed the agreement in Washington on Friday.").get(0);
        assertThat(both.plover()).isEqualTo("SUPPORT");
    }

    @Test
    void aStatedIntentTowardAnotherPartyIsAnAgreementButNotOneWithoutIt() {
        assertThat(events("Germany said it would deliver more air defence systems to Ukraine.").get(0).plover())
                .isEqualTo("AGREE");
        assertThat(events("Poland said it will open a new factory for artillery shells, citing the threat from "
                + "Russia.")).isEmpty();
        assertThat(events("North Korea said it would strengthen its nuclear forces to deter the United States."))
                .isEmpty();
        assertThat(events("Officials in Kenya and Uganda said they would not cooperate with the inquiry.")).isEmpty();
        // a bill signed is legislation, and to settle at a place is to live there
        assertThat(events("On Monday, Nigeria's President Bola Tinubu said he would sign the budget before the "
                + "holiday.")).isEmpty();
        assertThat(events("Kenya's President William Ruto met Tanzania's President Samia Suluhu Hassan, and said he "
                + "would sign the bill on Friday.")).extracting(Event::type).containsExactly("MEETING");
        assertThat(events("Thabo Mbeki and Yoweri Museveni said they would settle in Mombasa after retiring."))
                .isEmpty();
        assertThat(events("He said he, Thabo Mbeki and Yoweri Museveni planned to settle at the coast after "
                + "retiring.")).isEmpty();
        assertThat(events("Armenia said it would sign the treaty with Azerbaijan.").get(0).plover()).isEqualTo("AGREE");
    }

    @Test
    void aPronounSubjectIsTheLastNamedPerson() {
        List<Event> events = events("Sergey Lavrov visited Dushanbe. He met with President Emomali Rahmon.");
        Event meeting = events.stream().filter(e -> e.type().equals("MEETING")).findFirst().orElseThrow();
        assertThat(meeting.actors()).extracting(EntityRef::name).contains("Sergey Lavrov", "Emomali Rahmon");
    }

    @Test
    void aPlannedVisitIsIntentToMeetAndAHeldOneIsAVisit() {
        Event planned = events("Emmanuel Macron plans to visit China.").get(0);
        assertThat(planned.cameo()).isEqualTo("036");
        assertThat(planned.plover()).isEqualTo("AGREE");
        Event held = events("Emmanuel Macron visited China.").get(0);
        assertThat(held.cameo()).isEqualTo("042");
        assertThat(held.plover()).isEqualTo("CONSULT");
        assertThat(held.status()).isEqualTo(Event.OCCURRED);
    }

    @Test
    void sanctionsRupturesAndExpulsionsCarryTheirCodes() {
        assertThat(events("The European Union imposed sanctions on Belarus.").get(0).cameo()).isEqualTo("163");
        assertThat(events("Niger severed diplomatic relations with Ukraine.").get(0).cameo()).isEqualTo("161");
        assertThat(events("Poland expelled a Russian diplomat.").get(0).cameo()).isEqualTo("161");
        assertThat(events("Israel suspended negotiations with Hamas.").get(0).type()).isEqualTo("TALKS_SUSPENDED");
        assertThat(events("فرضت الولايات المتحدة عقوبات جديدة على إيران.").get(0).plover()).isEqualTo("SANCTION");
        assertThat(events("Евросоюз продлил экономические санкции против России.").get(0).plover()).isEqualTo("SANCTION");
    }

    @Test
    void generalStatementsAndOldHistoryAreBackgroundNotNews() {
        assertThat(events("Russia and Belarus hold joint talks every year.")).isEmpty();
        assertThat(events("The two presidents have met several times.")).isEmpty();
        assertThat(events("تجري لقاءات دورية بين رئيسي روسيا وكازاخستان.")).isEmpty();
    }
}
