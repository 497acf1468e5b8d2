package io.newsroom.enrich.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.newsroom.contracts.EntityRef;
import io.newsroom.contracts.Event;
import io.newsroom.contracts.ItemHints;
import io.newsroom.enrich.core.Enricher;
import io.newsroom.enrich.core.TestEnricher;

/** The acceptance list of issue 6 on the seed pages, through the enrich service's own code path. */
class SeedEventsTest {

    private static final Enricher ENRICHER = TestEnricher.SHIPPED;

    /** As the service reads them: fetched today, so only the pages' own words can date their events. */
    static List<Event> events(String path, String charset) throws IOException {
        try (InputStream in = SeedEventsTest.class.getResourceAsStream("/sample-site" + path + ".html")) {
            String html = new String(in.readAllBytes(), Charset.forName(charset));
            return ENRICHER.page(html, "http://localhost:8090" + path, ItemHints.none(), LocalDate.of(2026, 11, 27)).events();
        }
    }

    private static Set<String> actorIds(Event e) {
        return e.actors().stream().map(EntityRef::id).collect(Collectors.toSet());
    }

    private static List<Event> ofType(List<Event> events, String type) {
        return events.stream().filter(e -> e.type().equals(type)).toList();
    }

    @Test
    void victoryDayIsOneAttendedCeremonyInMoscowOnThe9thOfMay2024WithTheLeadersAsActors() throws IOException {
        List<Event> events = events("/worlddesk/victory-day-leaders", "UTF-8");
        List<Event> ceremonies = ofType(events, "CEREMONY");
        assertThat(ceremonies).hasSize(1);
        Event parade = ceremonies.get(0);
        assertThat(parade.status()).isEqualTo(Event.OCCURRED);
        assertThat(parade.date()).isEqualTo(LocalDate.of(2024, 5, 9));
        assertThat(parade.place().id()).isEqualTo("Q649");
        assertThat(parade.cameo()).isEqualTo("042");
        // Putin, Lukashenko, Tokayev, Japarov, Rahmon, Mirziyoyev, Sisoulith
        assertThat(actorIds(parade)).contains("Q7747", "Q2866", "Q200881", "Q25597826", "Q57366", "Q57808", "Q58323");
    }

    @Test
    void victoryDayHasTheDiazCanelAndSisoulithMeetingsWithMedvedevApart() throws IOException {
        List<Event> meetings = ofType(events("/worlddesk/victory-day-leaders", "UTF-8"), "MEETING");
        assertThat(meetings).anySatisfy(m -> assertThat(actorIds(m)).contains("Q1932603", "Q23530").doesNotContain("Q58323"));
        assertThat(meetings).anySatisfy(m -> assertThat(actorIds(m)).contains("Q58323", "Q23530").doesNotContain("Q1932603"));
        assertThat(meetings).allSatisfy(m -> assertThat(m.status()).isEqualTo(Event.OCCURRED));
        // "the first to arrive in Moscow was Díaz-Canel, who arrived on Monday": a visit made, on the Monday before
        Event arrival = ofType(events("/worlddesk/victory-day-leaders", "UTF-8"), "VISIT").stream()
                .filter(e -> actorIds(e).contains("Q1932603")).findFirst().orElseThrow();
        assertThat(arrival.status()).isEqualTo(Event.OCCURRED);
        assertThat(arrival.date()).isEqualTo(LocalDate.of(2024, 5, 6));
    }

    @Test
    void theArabicPagePlansTokayevsVisitToMoscowOnThe8thAnd9thOfMayAndEmbalosVisit() throws IOException {
        List<Event> visits = ofType(events("/arabic/tokayev-visit", "windows-1256"), "VISIT");
        Event tokayev = visits.stream().filter(e -> actorIds(e).contains("Q200881")).findFirst().orElseThrow();
        assertThat(tokayev.status()).isEqualTo(Event.PLANNED);
        assertThat(tokayev.cameo()).isEqualTo("036");
        assertThat(tokayev.plover()).isEqualTo("AGREE");
        assertThat(tokayev.date()).isEqualTo(LocalDate.of(2024, 5, 8));
        assertThat(tokayev.endDate()).isEqualTo(LocalDate.of(2024, 5, 9));
        assertThat(tokayev.place().id()).isEqualTo("Q649");
        // the ambassador who speaks of the visit is not one of its actors
        assertThat(actorIds(tokayev)).doesNotContain("Q24350696");
        Event embalo = visits.stream().filter(e -> actorIds(e).contains("Q16855164")).findFirst().orElseThrow();
        assertThat(embalo.status()).isEqualTo(Event.PLANNED);
        assertThat(embalo.date()).isEqualTo(LocalDate.of(2024, 5, 9));
    }

    @Test
    void readAlsoBlocksAndTickersGiveNoEvent() throws IOException {
        assertThat(events("/arabic/tokayev-visit", "windows-1256")).noneMatch(e -> e.type().equals("SANCTIONS"))
                .allSatisfy(e -> assertThat(e.evidence()).doesNotContain("العقوبات"));
        assertThat(events("/almayadeen/putin-xi-talks", "UTF-8"))
                .allSatisfy(e -> assertThat(e.evidence()).doesNotContain("Witkoff"))
                .noneMatch(e -> e.actors().stream().anyMatch(a -> a.name().contains("Witkoff")));
    }

    @Test
    void putinAndXiHoldTalksInMoscowOnThe8thOfMay2025() throws IOException {
        List<Event> talks = ofType(events("/almayadeen/putin-xi-talks", "UTF-8"), "TALKS");
        assertThat(talks).hasSize(1);
        Event t = talks.get(0);
        assertThat(t.status()).isEqualTo(Event.OCCURRED);
        assertThat(t.date()).isEqualTo(LocalDate.of(2025, 5, 8));
        assertThat(t.place().id()).isEqualTo("Q649");
        assertThat(t.cameo()).isEqualTo("046");
        assertThat(t.actors()).extracting(EntityRef::name).contains("Vladimir Putin", "Xi Jinping");
    }

    @Test
    void lavrovVisitsDushanbeOnThe7thOfJune2023AndMeetsRahmonAndMuhriddin() throws IOException {
        List<Event> events = events("/tdi/lavrov-tajikistan", "UTF-8");
        List<Event> visits = ofType(events, "VISIT");
        assertThat(visits).hasSize(1);
        Event visit = visits.get(0);
        assertThat(visit.date()).isEqualTo(LocalDate.of(2023, 6, 7));
        assertThat(visit.place().id()).isEqualTo("newsroom:place:dushanbe");
        assertThat(actorIds(visit)).contains("Q58217");
        Event meeting = ofType(events, "MEETING").get(0);
        assertThat(actorIds(meeting)).contains("Q58217", "Q57366", "newsroom:person:sirojiddin-muhriddin");
        assertThat(meeting.date()).isEqualTo(LocalDate.of(2023, 6, 7));
        // praise for having attended an earlier parade is not a ceremony of this page
        assertThat(events).noneMatch(e -> e.type().equals("CEREMONY"));
    }

    @Test
    void uzbekistanSignsAMilitaryPartnershipAndBelousovVisitsTashkent() throws IOException {
        List<Event> events = events("/cambarysu/russia-uzbekistan", "UTF-8");
        Event agreement = ofType(events, "AGREEMENT").get(0);
        assertThat(agreement.cameo()).isEqualTo("057");
        assertThat(agreement.plover()).isEqualTo("SUPPORT");
        assertThat(agreement.status()).isEqualTo(Event.OCCURRED);
        assertThat(actorIds(agreement)).contains("Q159", "Q265");
        Event visit = ofType(events, "VISIT").get(0);
        assertThat(actorIds(visit)).contains("Q4082839");
        assertThat(visit.place().id()).isEqualTo("Q269");
        // the 2017 treaty is background
        assertThat(events).allSatisfy(e -> assertThat(e.evidence()).doesNotContain("2017"));
    }
}
