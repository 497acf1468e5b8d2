package io.newsroom.search.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsroom.contracts.ArticleId;
import io.newsroom.contracts.EntityRef;
import io.newsroom.contracts.Event;
import io.newsroom.contracts.EventMention;
import io.newsroom.contracts.MergedEvent;
import io.newsroom.contracts.Span;

/** The merge rules on their own, without the store: statuses, roles and the trigger. */
class EventMergerTest {

    private static final EntityRef TOKAYEV = new EntityRef("Q200881", "Kassym-Jomart Tokayev", "PERSON");
    private static final EntityRef RUSSIA = new EntityRef("Q159", "Russia", "COUNTRY");
    private static final String SENTENCE = "Tokayev will visit Russia on May 8.";

    private final EventMerger merger = new EventMerger();

    private static EventMention report(String url, int revision, String status, Span trigger, String seenAt) {
        Event e = new Event("VISIT", status.equals(Event.PLANNED) ? "036" : null, status.equals(Event.PLANNED) ? "AGREE" : null,
                status, List.of(TOKAYEV, RUSSIA), List.of(TOKAYEV), List.of(RUSSIA), null, LocalDate.parse("2024-05-08"), null,
                SENTENCE, trigger, 0.8, null);
        return new EventMention(1, ArticleId.of(url), revision, 0, url, "wire", "en", null, null, Instant.parse(seenAt), e);
    }

    @Test
    void aReEnrichedReportOfTheSameSentenceFillsInTheTriggerAnOlderEventLacks() {
        MergedEvent stored = merger.create(report("http://a.example/1", 1, Event.PLANNED, null, "2024-05-04T09:00:00Z"));
        assertThat(stored.trigger()).isNull();
        MergedEvent again = merger.merge(stored, report("http://a.example/1", 2, Event.PLANNED, new Span(13, 18),
                "2024-05-05T09:00:00Z"));
        assertThat(again.trigger().of(again.evidence())).isEqualTo("visit");
        assertThat(again.reports()).hasSize(1);
    }

    @Test
    void aReEnrichedReportOfTheSameCodeFillsInTheModeAnOlderEventLacks() {
        MergedEvent stored = merger.create(visit("http://a.example/2", 1, null));
        assertThat(stored.mode()).isNull();
        MergedEvent again = merger.merge(stored, visit("http://a.example/2", 2, "visit"));
        assertThat(again.mode()).isEqualTo("visit");
    }

    private static EventMention visit(String url, int revision, String mode) {
        Event e = new Event("VISIT", "042", "CONSULT", Event.OCCURRED, List.of(TOKAYEV, RUSSIA), List.of(TOKAYEV),
                List.of(RUSSIA), null, LocalDate.parse("2024-05-08"), null, SENTENCE, null, 0.8, mode);
        return new EventMention(1, ArticleId.of(url), revision, 0, url, "wire", "en", null, null,
                Instant.parse("2024-05-08T12:00:00Z").plusSeconds(revision), e);
    }

    private static EventMention directed(String url, String type, EntityRef source, EntityRef target) {
        Event e = new Event(type, "163", "SANCTION", Event.OCCURRED, List.of(source, target), List.of(source), List.of(target),
                null, LocalDate.parse("2024-05-08"), null, "evidence", null, 0.8, null);
        return new EventMention(1, ArticleId.of(url), 1, 0, url, "wire", "en", null, null, Instant.parse("2024-05-08T12:00:00Z"), e);
    }

    @Test
    void aSanctionAndItsCounterSanctionAreTwoEventsAndAHostingJoinsTheVisitItIs() {
        EntityRef us = new EntityRef("Q30", "United States", "COUNTRY");
        MergedEvent sanctions = merger.create(directed("http://a.example/1", "SANCTIONS", us, RUSSIA));
        assertThat(merger.matches(sanctions, directed("http://b.example/2", "SANCTIONS", us, RUSSIA))).isTrue();
        assertThat(merger.matches(sanctions, directed("http://c.example/3", "SANCTIONS", RUSSIA, us))).isFalse();

        EntityRef putin = new EntityRef("Q7747", "Vladimir Putin", "PERSON");
        MergedEvent visit = merger.create(directed("http://d.example/4", "VISIT", TOKAYEV, putin));
        EventMention hosting = directed("http://e.example/5", "HOSTED_VISIT", putin, TOKAYEV);
        assertThat(merger.matches(visit, hosting)).isTrue();
        MergedEvent merged = merger.merge(visit, hosting);
        assertThat(merged.sourceActors()).containsExactly(TOKAYEV);
        assertThat(merged.targetActors()).containsExactly(putin);
        assertThat(merger.matches(visit, directed("http://f.example/6", "VISIT", putin, TOKAYEV))).isFalse();
    }

    @Test
    void aPlanDeniedThenReportedHeldEndsOccurredWithEveryChangeInItsHistory() {
        MergedEvent e = merger.create(report("http://a.example/1", 1, Event.PLANNED, null, "2024-05-04T09:00:00Z"));
        e = merger.merge(e, report("http://b.example/2", 1, Event.DENIED, null, "2024-05-05T09:00:00Z"));
        assertThat(e.status()).isEqualTo(Event.DENIED);
        // a later plan does not undo the denial; only a report that it took place does
        e = merger.merge(e, report("http://c.example/3", 1, Event.PLANNED, null, "2024-05-06T09:00:00Z"));
        assertThat(e.status()).isEqualTo(Event.DENIED);
        e = merger.merge(e, report("http://d.example/4", 1, Event.OCCURRED, null, "2024-05-08T15:00:00Z"));
        assertThat(e.status()).isEqualTo(Event.OCCURRED);
        e = merger.merge(e, report("http://e.example/5", 1, Event.CANCELLED, null, "2024-05-09T09:00:00Z"));
        assertThat(e.status()).isEqualTo(Event.OCCURRED);
        assertThat(e.history()).extracting(MergedEvent.StatusChange::status)
                .containsExactly(Event.PLANNED, Event.DENIED, Event.OCCURRED);
        assertThat(e.sourceActors()).containsExactly(TOKAYEV);
        assertThat(e.targetActors()).containsExactly(RUSSIA);
    }
}
