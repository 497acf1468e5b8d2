package io.newsroom.search.event;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.OpType;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import io.newsroom.contracts.EntityRef;
import io.newsroom.contracts.Event;
import io.newsroom.contracts.EventMention;
import io.newsroom.contracts.MergedEvent;
import io.newsroom.search.SearchSettings;
import io.newsroom.search.index.Conflicts;
import io.newsroom.search.index.ManagedIndex;
import io.newsroom.search.index.RetryableIndexingException;

/**
 * The events index: one document per real-world event. A report finds its event among the few of its merge key
 * near its date, and the merged document is written back only if nobody changed it since it was read (the sequence
 * number and primary term of a realtime get: Elasticsearch's optimistic concurrency); a conflict re-reads and
 * merges again. The mentions topic is keyed by merge key, so one consumer makes an event's reports one at a time;
 * the conditional write covers the moments two instances overlap (a partition handed over in a rebalance). So
 * restarts, replays and several instances end with one event per happening and each article counted once. Writes
 * wait for the refresh, so the next report of the same event finds it. Thread-safe.
 */
public class EventStore {

    private static final Logger log = LoggerFactory.getLogger(EventStore.class);
    /** Attempts at one report under contention, with a short random pause between them. */
    private static final int ATTEMPTS = 30;
    /** Candidates read per report: events of one family and anchor actor within weeks of each other are few. */
    private static final int CANDIDATES = 20;
    /**
     * Distinct places counted for the map: an event's place id is one of the gazetteer's countries and places, a few
     * hundred of each, so every one is counted.
     */
    private static final int MAP_PLACES = 5000;

    private final ElasticsearchClient es;
    private final ManagedIndex index;
    private final EventMerger merger = new EventMerger();

    public EventStore(ElasticsearchClient es, SearchSettings props) {
        this.es = es;
        this.index = new ManagedIndex(es, props.eventsIndex(), props.eventsAlias(), props.replicas(),
                "/elasticsearch/events-index.json");
    }

    /** Makes the events index unless it exists (every other method does so before its first use). */
    public void ensure() throws IOException {
        index.ensure();
    }

    /**
     * Merges one report into its event, or makes a new event of it.
     *
     * @return the event as stored
     * @throws IOException or {@link RetryableIndexingException} when it should be tried again later
     */
    public MergedEvent add(EventMention m) throws IOException {
        index.ensure();
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Optional<Hit<MergedEvent>> match = candidates(m).stream().filter(h -> merger.matches(h.source(), m))
                    .min(Comparator.comparingLong(h -> dayDistance(h.source(), m)));
            try {
                if (match.isPresent()) {
                    // search reads the last refresh; a realtime get reads the version a conditional write must name
                    String id = match.get().source().id();
                    GetResponse<MergedEvent> fresh = es.get(g -> g.index(index.alias()).id(id), MergedEvent.class);
                    if (!fresh.found()) {
                        continue;
                    }
                    MergedEvent current = fresh.source();
                    MergedEvent merged = merger.merge(current, m);
                    if (!merged.equals(current)) {
                        es.index(i -> i.index(index.alias()).id(id).document(merged)
                                .ifSeqNo(fresh.seqNo()).ifPrimaryTerm(fresh.primaryTerm()).refresh(Refresh.WaitFor));
                    }
                    return merged;
                }
                MergedEvent created = merger.create(m);
                es.index(i -> i.index(index.alias()).id(created.id()).document(created).opType(OpType.Create).refresh(Refresh.WaitFor));
                log.info("new event {} {} {} {} from article {}", created.id(), created.type(), created.status(), created.date(), m.articleId());
                return created;
            } catch (ElasticsearchException | IOException e) {
                if (!Conflicts.isConflict(e)) {
                    throw e;
                }
                // another writer changed or made this event since we read it: read and merge again
                pause(attempt);
            }
        }
        throw new RetryableIndexingException("event of article " + m.articleId() + " kept conflicting with concurrent writers");
    }

    private static void pause(int attempt) throws IOException {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L + 10L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while merging an event");
        }
    }

    private List<Hit<MergedEvent>> candidates(EventMention m) throws IOException {
        var ev = m.event();
        List<Query> near = new ArrayList<>();
        if (ev.date() != null) {
            String from = ev.date().minusDays(EventMerger.DAY_SLACK + 14).toString();
            String to = (ev.endDate() != null ? ev.endDate() : ev.date()).plusDays(EventMerger.DAY_SLACK).toString();
            near.add(Query.of(q -> q.range(r -> r.untyped(u -> u.field("date").gte(JsonData.of(from)).lte(JsonData.of(to))))));
        }
        String seen = m.seenAt().minus(EventMerger.UNDATED_DAYS, ChronoUnit.DAYS).toString();
        near.add(Query.of(q -> q.bool(b -> b.mustNot(n -> n.exists(x -> x.field("date")))
                .filter(f -> f.range(r -> r.untyped(u -> u.field("lastSeen").gte(JsonData.of(seen))))))));
        if (ev.date() == null) {
            near.add(Query.of(q -> q.range(r -> r.untyped(u -> u.field("lastSeen").gte(JsonData.of(seen))))));
        }
        SearchResponse<MergedEvent> response = es.search(s -> s.index(index.alias()).size(CANDIDATES)
                .query(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field("mergeKey").value(m.mergeKey())))
                        .should(near).minimumShouldMatch("1")))
                .sort(o -> o.field(f -> f.field("lastSeen").order(SortOrder.Desc))), MergedEvent.class);
        return response.hits().hits();
    }

    private static long dayDistance(MergedEvent e, EventMention m) {
        if (e.date() == null || m.event().date() == null) {
            return Long.MAX_VALUE / 2;
        }
        return Math.abs(e.date().toEpochDay() - m.event().date().toEpochDay());
    }

    public Optional<MergedEvent> byId(String id) throws IOException {
        index.ensure();
        GetResponse<MergedEvent> r = es.get(g -> g.index(index.alias()).id(id), MergedEvent.class);
        return r.found() ? Optional.ofNullable(r.source()) : Optional.empty();
    }

    /** Events matching the filters, most recently reported first, without their reports. */
    public EventPage search(EventQuery q) throws IOException {
        index.ensure();
        SearchResponse<MergedEvent> r = es.search(s -> s.index(index.alias()).size(q.size()).trackTotalHits(t -> t.enabled(true))
                .query(x -> x.bool(b -> b.filter(filters(q))))
                .source(src -> src.filter(f -> f.excludes("reports")))
                .sort(o -> o.field(f -> f.field("lastSeen").order(SortOrder.Desc)))
                .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc))), MergedEvent.class);
        long total = r.hits().total() == null ? r.hits().hits().size() : r.hits().total().value();
        return new EventPage(total, r.hits().hits().stream().map(Hit::source).toList());
    }

    /**
     * Events matching the filters per country of their place. The index keeps the place's id, not its country, so
     * Elasticsearch counts per place and {@code countryOf} (the gazetteer) folds the places into their countries.
     */
    public EventMap map(EventQuery q, Function<String, Optional<EntityRef>> countryOf) throws IOException {
        index.ensure();
        SearchResponse<Void> r = es.search(s -> s.index(index.alias()).size(0).trackTotalHits(t -> t.enabled(true))
                .query(x -> x.bool(b -> b.filter(filters(q))))
                .aggregations("places", a -> a.terms(t -> t.field("place.id").size(MAP_PLACES)))
                // no place at all: a place outside the gazetteer has its name and no id
                .aggregations("unplaced", a -> a.missing(m -> m.field("place.name"))), Void.class);
        Map<String, EntityRef> countries = new HashMap<>();
        Map<String, Long> counts = new HashMap<>();
        long mapped = 0;
        for (StringTermsBucket b : r.aggregations().get("places").sterms().buckets().array()) {
            Optional<EntityRef> country = countryOf.apply(b.key().stringValue());
            if (country.isPresent()) {
                countries.putIfAbsent(country.get().id(), country.get());
                counts.merge(country.get().id(), b.docCount(), Long::sum);
                mapped += b.docCount();
            }
        }
        long total = r.hits().total() == null ? 0 : r.hits().total().value();
        long unplaced = r.aggregations().get("unplaced").missing().docCount();
        List<EventMap.CountryCount> out = counts.entrySet().stream()
                .map(e -> new EventMap.CountryCount(countries.get(e.getKey()), e.getValue()))
                .sorted(Comparator.comparingLong(EventMap.CountryCount::events).reversed()
                        .thenComparing(c -> c.country().name()))
                .toList();
        return new EventMap(total, out, unplaced, total - unplaced - mapped);
    }

    private static List<Query> filters(EventQuery q) {
        List<Query> filters = new ArrayList<>();
        if (q.text() != null) {
            // the evidence is one sentence per event, so the words are looked for there and in the parties' identity
            filters.add(Query.of(f -> f.bool(b -> {
                b.should(s -> s.simpleQueryString(t -> t.query(q.text()).fields("evidence").defaultOperator(Operator.And)));
                if (q.namedEntity() != null) {
                    b.should(s -> s.term(t -> t.field("actorIds").value(q.namedEntity())))
                            .should(s -> s.term(t -> t.field("place.id").value(q.namedEntity())));
                }
                return b.minimumShouldMatch("1");
            })));
        }
        if (q.lang() != null) {
            filters.add(Query.of(f -> f.term(t -> t.field("languages").value(q.lang()))));
        }
        if (q.source() != null) {
            filters.add(Query.of(f -> f.term(t -> t.field("sources").value(q.source()))));
        }
        if (q.type() != null) {
            filters.add(Query.of(f -> f.term(t -> t.field("type").value(q.type()))));
        }
        if (q.ploverTypes() != null) {
            List<FieldValue> types = q.ploverTypes().stream().sorted().map(FieldValue::of).toList();
            filters.add(Query.of(f -> f.terms(t -> t.field("plover").terms(v -> v.value(types)))));
        }
        if (q.status() != null) {
            filters.add(Query.of(f -> f.term(t -> t.field("status").value(q.status()))));
        }
        if (q.actor() != null) {
            filters.add(Query.of(f -> f.term(t -> t.field("actorIds").value(q.actor()))));
        }
        if (q.sourceActor() != null) {
            filters.add(Query.of(f -> f.term(t -> t.field("sourceActors.id").value(q.sourceActor()))));
        }
        if (q.targetActor() != null) {
            filters.add(Query.of(f -> f.term(t -> t.field("targetActors.id").value(q.targetActor()))));
        }
        if (q.country() != null) {
            List<FieldValue> places = Stream.concat(Stream.of(q.country()), q.countryPlaces().stream()).map(FieldValue::of).toList();
            filters.add(Query.of(f -> f.bool(b -> b.should(s -> s.term(t -> t.field("actorIds").value(q.country())))
                    .should(s -> s.terms(t -> t.field("place.id").terms(v -> v.value(places)))).minimumShouldMatch("1"))));
        }
        if (q.from() != null || q.to() != null) {
            filters.add(Query.of(f -> f.range(r -> r.untyped(u -> {
                u.field("date");
                if (q.from() != null) {
                    u.gte(JsonData.of(q.from().toString()));
                }
                if (q.to() != null) {
                    u.lte(JsonData.of(q.to().toString()));
                }
                return u;
            }))));
        }
        return filters;
    }

    /** The parties to events with {@code actor}, most shared events first, at most {@code top} of them. */
    public Dyads dyads(String actor, int top) throws IOException {
        index.ensure();
        SearchResponse<Void> r = es.search(s -> s.index(index.alias()).size(0).trackTotalHits(t -> t.enabled(true))
                .query(q -> q.term(t -> t.field("actorIds").value(actor)))
                .aggregations("with", a -> a.terms(t -> t.field("actorIds").size(top).exclude(e -> e.terms(List.of(actor))))
                        .aggregations("types", x -> x.terms(t -> t.field("type").size(Event.TYPES.size())))
                        .aggregations("months", x -> x.dateHistogram(d -> d.field("date").calendarInterval(CalendarInterval.Month)
                                .format("yyyy-MM")))
                        // one event of the pair, for the counterpart's name: actorIds holds ids only
                        .aggregations("named", x -> x.topHits(h -> h.size(1).source(src -> src.filter(f -> f.includes("actors")))))),
                Void.class);
        List<Dyads.Counterpart> out = new ArrayList<>();
        for (StringTermsBucket b : r.aggregations().get("with").sterms().buckets().array()) {
            String id = b.key().stringValue();
            Map<String, Long> types = new LinkedHashMap<>();
            b.aggregations().get("types").sterms().buckets().array().forEach(t -> types.put(t.key().stringValue(), t.docCount()));
            Map<String, Long> months = new LinkedHashMap<>();
            b.aggregations().get("months").dateHistogram().buckets().array().forEach(m -> months.put(m.keyAsString(), m.docCount()));
            EntityRef party = b.aggregations().get("named").topHits().hits().hits().stream()
                    .flatMap(h -> h.source().to(Parties.class).actors().stream())
                    .filter(p -> id.equals(p.id())).findFirst().orElseThrow();
            out.add(new Dyads.Counterpart(party, b.docCount(), types, months));
        }
        long total = r.hits().total() == null ? 0 : r.hits().total().value();
        return new Dyads(actor, total, out);
    }

    /** The parties of an event, all a counterpart's name is read from. */
    record Parties(List<EntityRef> actors) {
    }
}
