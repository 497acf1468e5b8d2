package io.newsroom.bench;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import io.newsroom.alert.AlertHistory;
import io.newsroom.alert.AlertRecord;
import io.newsroom.alert.AlertRule;
import io.newsroom.alert.AlertSettings;
import io.newsroom.contracts.Alert;
import io.newsroom.contracts.EnrichedArticle;
import io.newsroom.contracts.Entity;
import io.newsroom.contracts.EntityRef;
import io.newsroom.contracts.Event;
import io.newsroom.contracts.EventMention;
import io.newsroom.contracts.MergedEvent;
import io.newsroom.kafka.TopicSettings;
import io.newsroom.localstack.LocalElasticsearch;
import io.newsroom.search.SearchClients;
import io.newsroom.search.SearchSettings;
import io.newsroom.search.article.ArticleFacets;
import io.newsroom.search.article.ArticleParams;
import io.newsroom.search.article.ArticleQuery;
import io.newsroom.search.article.ArticleQueryParser;
import io.newsroom.search.article.ArticleSearch;
import io.newsroom.search.entity.EntityDirectory;
import io.newsroom.search.entity.EntityStats;
import io.newsroom.search.event.EventMerger;
import io.newsroom.search.event.EventParams;
import io.newsroom.search.event.EventQueryParser;
import io.newsroom.search.event.EventStore;
import io.newsroom.search.index.ArticleIndex;

/**
 * The dashboard's API calls, view by view, timed through the library code their controllers run (parsers, search,
 * facets, events store, entity stats, alert history), not over HTTP: on a real node with the article corpus of
 * {@link Corpus}, an events index merged from the corpus's real detections, and an alert history of rules firing
 * on its articles and events. Few of the real pages report a diplomatic event (the detector is strict), so besides
 * its own events an article reports one of the detected events, varied, with the given chance (--event-percent,
 * 25 by default): a feed of diplomatic news, not of the open set's recipes and guides. The bench's clock is {@link Corpus#NOW}: the rule preview's last 7 days and the
 * rules page's "today" end there, as if the corpus were live.
 */
final class DashboardBench {

    /** The issue's targets: every call a view makes, and the rule preview (its two requests together). */
    private static final double TARGET_MS = 150;
    private static final double PREVIEW_TARGET_MS = 500;
    private static final int PREVIEW_DAYS = 7;
    private static final List<String> STATUSES = List.of(AlertRecord.DELIVERED, AlertRecord.DELIVERED, AlertRecord.DELIVERED,
            AlertRecord.DELIVERED, AlertRecord.DELIVERED, AlertRecord.DELIVERED, AlertRecord.DELIVERED, AlertRecord.DELIVERED,
            AlertRecord.MUTED, AlertRecord.THROTTLED);

    /** One API call of a view: call i of a run is {@code make.apply(i)}. */
    private record Kind(String view, String call, double targetMs, IntFunction<Latencies.Call> make) {
    }

    /** What the views open: the ids and rules a user picks from. */
    private record Picks(List<String> articles, List<MergedEvent> events, List<String> entities, List<AlertRule> rules,
                         List<ArticleParams> searches) {
    }

    private DashboardBench() {
    }

    static void run(List<String> args) throws Exception {
        int articles = Options.number(args, "--articles", 100_000);
        int calls = Options.number(args, "--calls", 500);
        int warmUp = Options.number(args, "--warmup", 300);
        int ruleCount = Options.number(args, "--rules", 200);
        int alertCount = Options.number(args, "--alerts", 50_000);
        int eventShare = Options.number(args, "--event-percent", 25);
        String heap = Options.text(args, "--heap", "1g");
        String pages = Options.text(args, "--pages", null);

        List<EnrichedArticle> bases = Corpus.bases(pages == null ? null : Path.of(pages));
        System.out.printf("base articles: %d real pages (seeds%s), %d of them with events (%d events)%n", bases.size(),
                pages == null ? "" : " and " + pages, bases.stream().filter(b -> !b.events().isEmpty()).count(),
                bases.stream().mapToInt(b -> b.events().size()).sum());
        SearchSettings names = SearchSettings.named("bench");
        try (LocalElasticsearch node = Corpus.node(heap);
             ElasticsearchClient es = SearchClients.connect(List.of(node.url()))) {
            ArticleIndex index = Corpus.index(es);
            List<Alert.ArticleHit> hits = new ArrayList<>();
            List<EventMention> mentions = new ArrayList<>();
            Random variation = new Random(11);
            Map<String, List<EntityRef>> byType = byType(Corpus.entities(bases));
            List<Event> detected = bases.stream().flatMap(b -> b.events().stream()).toList();
            Corpus.load(es, index, bases, articles, a -> {
                hits.add(hit(a));
                List<Event> reported = new ArrayList<>(a.events());
                if (variation.nextInt(100) < eventShare) {
                    reported.add(detected.get(variation.nextInt(detected.size())));
                }
                mentions.addAll(mentions(a, reported, byType, variation));
            });
            Corpus.describe(es, index, heap);

            EventStore store = new EventStore(es, names);
            store.ensure();
            List<MergedEvent> events = merged(mentions);
            write(es, names.eventsAlias(), events);

            AlertSettings alertSettings = new AlertSettings(null, null, new TopicSettings(1, (short) 1), 0, "bench-alerts-v1",
                    "bench-alerts", Duration.ofMinutes(1), null, List.of(), Duration.ofSeconds(5), 1, Duration.ofSeconds(1), 10);
            AlertHistory history = new AlertHistory(es, alertSettings);
            List<AlertRule> rules = rules(ruleCount, Corpus.entities(bases), events);
            record(history, rules, hits, events, alertCount);
            for (String alias : List.of(names.eventsAlias(), alertSettings.historyAlias())) {
                es.indices().putSettings(s -> s.index(alias).withJson(new StringReader("{\"index.requests.cache.enable\": false}")));
                es.indices().refresh(r -> r.index(alias));
            }

            EntityDirectory directory = new EntityDirectory();
            List<String> known = Corpus.entities(bases).stream().map(Entity::id).filter(id -> directory.byId(id).isPresent()).toList();
            Random pick = new Random(3);
            Picks picks = new Picks(sample(hits.stream().map(Alert.ArticleHit::id).toList(), warmUp + calls, pick),
                    sample(events, warmUp + calls, pick), sample(known, warmUp + calls, pick), rules,
                    QueryMix.of(warmUp + calls, Corpus.entities(bases).stream().map(Entity::id).toList()));
            List<Kind> kinds = kinds(new ArticleSearch(es, index), new ArticleFacets(es, index), store, new EntityStats(es, index),
                    directory, history, picks);

            System.out.printf("warm-up: %d calls of each kind, then %d timed per kind at 1 client, the same at 4; load %s%n",
                    warmUp, calls, load());
            for (Kind k : kinds) {
                Latencies.measure(IntStream.range(0, warmUp).mapToObj(k.make()).toList(), 1);
            }
            System.out.println("| view | call | target p95 ms | p50 ms | p95 ms | p99 ms | p95 ms, 4 clients | p99 ms, 4 clients "
                    + "| load (1 min) | met |");
            System.out.println("|---|---|---|---|---|---|---|---|---|---|");
            for (Kind k : kinds) {
                List<Latencies.Call> timed = IntStream.range(warmUp, warmUp + calls).mapToObj(k.make()).toList();
                Latencies one = Latencies.measure(timed, 1);
                Latencies four = Latencies.measure(timed, 4);
                System.out.printf("| %s | %s | %.0f | %.1f | %.1f | %.1f | %.1f | %.1f | %s | %s |%n", k.view(), k.call(),
                        k.targetMs(), one.ms(0.5), one.ms(0.95), one.ms(0.99), four.ms(0.95), four.ms(0.99), load().split(" ")[0],
                        one.ms(0.95) < k.targetMs() ? "yes" : "**no**");
            }
        }
    }

    /** Each view's calls as the dashboard's scripts make them (app.js and views/*.js), through the controllers' code. */
    private static List<Kind> kinds(ArticleSearch search, ArticleFacets facets, EventStore store, EntityStats stats,
            EntityDirectory directory, AlertHistory history, Picks p) {
        ArticleQueryParser articles = new ArticleQueryParser();
        EventQueryParser events = new EventQueryParser();
        Instant midnight = Corpus.NOW.truncatedTo(ChronoUnit.DAYS);
        int ruleCount = p.rules().size();
        return List.of(
                new Kind("search", "GET /api/articles (page of 20, highlights)", TARGET_MS,
                        i -> () -> search.search(articles.parse(p.searches().get(i), directory))),
                new Kind("search", "GET /api/articles/facets?top=6", TARGET_MS,
                        i -> () -> facets.facets(articles.parse(p.searches().get(i), directory), 6)),
                new Kind("search", "GET /api/articles/timeline", TARGET_MS,
                        i -> () -> facets.timeline(articles.parse(p.searches().get(i), directory), interval(p.searches().get(i)))),
                new Kind("search", "GET /api/events?size=12 (the search's filters)", TARGET_MS,
                        i -> () -> store.search(events.parse(eventFilters(p.searches().get(i)), "12", directory))),
                new Kind("map", "GET /api/events/map (the search's filters)", TARGET_MS,
                        i -> () -> store.map(events.parse(eventFilters(p.searches().get(i)), null, directory).unpaged(),
                                directory::countryOf)),
                new Kind("search", "GET /api/articles/facets?top=50 (filter options)", TARGET_MS,
                        i -> () -> facets.facets(articles.parse(filter(null, null)), 50)),
                new Kind("search", "GET /api/alerts?status=DELIVERED&size=20 (feed)", TARGET_MS,
                        i -> () -> history.search(null, null, null, AlertRecord.DELIVERED, null, null, null, 20)),
                new Kind("event", "GET /api/events/{id}", TARGET_MS, i -> () -> store.byId(p.events().get(i).id())),
                new Kind("event", "GET /api/alerts?size=20&event=ID", TARGET_MS,
                        i -> () -> history.search(null, p.events().get(i).id(), null, null, null, null, null, 20)),
                new Kind("entity", "GET /api/entities/{id}", TARGET_MS,
                        i -> () -> stats.detail(directory.byId(p.entities().get(i)).orElseThrow(), 10)),
                new Kind("entity", "GET /api/articles/timeline?entity=ID&interval=month", TARGET_MS,
                        i -> () -> facets.timeline(articles.parse(entityFilter(directory, p.entities().get(i))), "month")),
                new Kind("entity", "GET /api/events?size=50&actor=ID", TARGET_MS, i -> () -> store.search(events.parse(
                        new EventParams(null, null, null, null, null, p.entities().get(i), null, null, null, null, null, null, null), "50",
                        directory))),
                new Kind("entity", "GET /api/events/dyads?top=20&actor=ID", TARGET_MS,
                        i -> () -> store.dyads(p.entities().get(i), 20)),
                new Kind("article", "GET /api/articles/{id}", TARGET_MS, i -> () -> search.byId(p.articles().get(i))),
                new Kind("rules", "GET /api/alert-rules/activity", TARGET_MS,
                        i -> () -> history.activity(midnight, Math.max(1, ruleCount))),
                new Kind("rules", "GET /api/alerts?size=50&rule=ID (history)", TARGET_MS,
                        i -> () -> history.search(p.rules().get(i % ruleCount).id(), null, null, null, null, null, null, 50)),
                new Kind("rules", "rule preview, 7 days (its 2 requests)", PREVIEW_TARGET_MS,
                        i -> () -> preview(p.rules().get(i % ruleCount), search, store, articles, events, directory)));
    }

    /** What preview() in views/rules.js asks: the rule's matches in the whole index, then in the last 7 days. */
    private static void preview(AlertRule r, ArticleSearch search, EventStore store, ArticleQueryParser articles,
            EventQueryParser events, EntityDirectory directory) throws IOException {
        Instant since = Corpus.NOW.minus(PREVIEW_DAYS, ChronoUnit.DAYS);
        if (r.forEvents()) {
            for (String from : new String[] {null, LocalDate.ofInstant(since, ZoneOffset.UTC).toString()}) {
                store.search(events.parse(new EventParams(null, null, null, r.eventType(), null, r.actor(), r.sourceActor(),
                        r.targetActor(), r.country(), from, null, r.plover(), r.quad()), "5", directory));
            }
        } else {
            for (String from : new String[] {null, since.toString()}) {
                search.search(articles.parse(new ArticleParams(r.query(), r.lang(), from, null, "5", null, r.entity(),
                        r.entityType(), r.country(), r.eventType(), r.source(), "date", null), directory));
            }
        }
    }

    /** The timeline's interval as app.js picks it: by day up to 90 days, by week up to two years. */
    private static String interval(ArticleParams p) {
        if (p.from() != null && p.to() != null) {
            long days = ChronoUnit.DAYS.between(LocalDate.parse(p.from()), LocalDate.parse(p.to()));
            return days <= 90 ? "day" : days <= 730 ? "week" : "month";
        }
        return "month";
    }

    /** The search's filters under the events API's names (EVENT_FILTERS in app.js), 12 events. */
    private static EventParams eventFilters(ArticleParams p) {
        return new EventParams(p.q(), p.lang(), p.source(), p.eventType(), null, p.entity(), null, null, p.country(), p.from(),
                p.to(), null, null);
    }

    /** An entity page's timeline filter: a country by country, anyone else by entity. */
    private static ArticleParams entityFilter(EntityDirectory directory, String id) {
        boolean country = directory.byId(id).orElseThrow().type().name().equals("COUNTRY");
        return filter(country ? null : id, country ? id : null);
    }

    private static ArticleParams filter(String entity, String country) {
        return new ArticleParams(null, null, null, null, null, null, entity, null, country, null, null, null, null);
    }

    private static Map<String, List<EntityRef>> byType(List<Entity> entities) {
        Map<String, List<EntityRef>> out = new HashMap<>();
        for (Entity e : entities) {
            out.computeIfAbsent(e.type(), t -> new ArrayList<>()).add(new EntityRef(e.id(), e.name(), e.type()));
        }
        return out;
    }

    private static Alert.ArticleHit hit(EnrichedArticle a) {
        String text = a.text().strip();
        return new Alert.ArticleHit(a.id(), a.url(), a.title(), a.source(), a.lang(), a.publishedAt(), a.fetchedAt(),
                text.substring(0, Math.min(280, text.length())));
    }

    /**
     * The events as the article's reports, varied so that the corpus's copies of one page do not all report one
     * happening: each named party replaced by another of its kind one time in three, the day moved to the article's
     * (a dated event is reported within two days of it).
     */
    private static List<EventMention> mentions(EnrichedArticle a, List<Event> events, Map<String, List<EntityRef>> byType,
            Random random) {
        List<EventMention> out = new ArrayList<>();
        LocalDate day = LocalDate.ofInstant(a.publishedAt(), ZoneOffset.UTC);
        for (int k = 0; k < events.size(); k++) {
            Event ev = events.get(k);
            List<EntityRef> actors = ev.actors().stream().map(x -> {
                List<EntityRef> others = byType.getOrDefault(x.type(), List.of());
                return x.id() != null && !others.isEmpty() && random.nextInt(3) == 0 ? others.get(random.nextInt(others.size())) : x;
            }).distinct().toList();
            LocalDate date = ev.date() == null ? null : day.minusDays(random.nextInt(3));
            LocalDate end = ev.endDate() == null || date == null ? null
                    : date.plusDays(ChronoUnit.DAYS.between(ev.date(), ev.endDate()));
            // the first actor did it to the rest, as the detector reads most sentences
            Event varied = new Event(ev.type(), ev.cameo(), ev.plover(), ev.status(), actors, actors.subList(0, Math.min(1, actors.size())),
                    actors.subList(Math.min(1, actors.size()), actors.size()), ev.place(), date, end, ev.evidence(), ev.trigger(),
                    ev.confidence(), ev.mode());
            out.add(new EventMention(EventMention.SCHEMA_VERSION, a.id(), 1, k, a.url(), a.source(), a.lang(), a.simhash(),
                    a.publishedAt(), a.fetchedAt(), varied));
        }
        return out;
    }

    /**
     * The reports merged as the store merges them (same family and anchor, dates within the slack, the same people),
     * in the order they were read, in memory: the store's one-report-at-a-time writes, each waiting for a refresh,
     * would take hours for this many.
     */
    private static List<MergedEvent> merged(List<EventMention> mentions) {
        EventMerger merger = new EventMerger();
        Map<String, List<MergedEvent>> byKey = new HashMap<>();
        List<EventMention> ordered = new ArrayList<>(mentions);
        ordered.sort(Comparator.comparing(EventMention::seenAt));
        for (EventMention m : ordered) {
            List<MergedEvent> same = byKey.computeIfAbsent(m.mergeKey(), k -> new ArrayList<>());
            int match = IntStream.range(0, same.size()).filter(j -> merger.matches(same.get(j), m)).findFirst().orElse(-1);
            if (match >= 0) {
                same.set(match, merger.merge(same.get(match), m));
            } else {
                same.add(merger.create(m));
            }
        }
        List<MergedEvent> out = byKey.values().stream().flatMap(List::stream).toList();
        System.out.printf("events: %d reports merged into %d events (%d with more than one report, at most %d reports)%n",
                mentions.size(), out.size(), out.stream().filter(e -> e.reports().size() > 1).count(),
                out.stream().mapToInt(e -> e.reports().size()).max().orElse(0));
        return out;
    }

    private static void write(ElasticsearchClient es, String alias, List<MergedEvent> events) throws IOException {
        for (int from = 0; from < events.size(); from += 500) {
            BulkRequest.Builder bulk = new BulkRequest.Builder();
            for (MergedEvent e : events.subList(from, Math.min(events.size(), from + 500))) {
                bulk.operations(op -> op.index(x -> x.index(alias).id(e.id()).document(e)));
            }
            var response = es.bulk(bulk.build());
            if (response.errors()) {
                throw new IllegalStateException("bulk indexing of events failed: " + response.items().stream()
                        .filter(it -> it.error() != null).findFirst().map(it -> it.error().reason()).orElse("?"));
            }
        }
    }

    /** Rules as an analyst makes them: three in four searches kept running (the dashboard's filters), one in four on events. */
    private static List<AlertRule> rules(int n, List<Entity> entities, List<MergedEvent> events) {
        Random random = new Random(5);
        List<ArticleParams> searches = QueryMix.of(n, entities.stream().map(Entity::id).toList());
        List<AlertRule> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = new UUID(0x6461736800000000L + i, 0x8000000000000000L + i).toString();
            if (i % 4 == 3) {
                MergedEvent e = events.get(random.nextInt(events.size()));
                String actor = random.nextBoolean() && !e.actorIds().isEmpty() ? e.actorIds().get(0) : null;
                String type = actor == null || random.nextBoolean() ? e.type() : null;
                out.add(new AlertRule(id, "events " + i, AlertRule.EVENTS, null, null, null, null, null, null, type, actor, null, null,
                        false, false, 0, List.of(), Corpus.NOW, Corpus.NOW, null, null));
            } else {
                ArticleParams s = searches.get(i);
                out.add(new AlertRule(id, "search " + i, AlertRule.ARTICLES, s.q(), s.lang(), null, s.entity(), null, null,
                        s.eventType(), null, null, null, false, i % 10 == 0, 0, List.of(), Corpus.NOW, Corpus.NOW, null, null));
            }
        }
        return out;
    }

    /**
     * An alert history of the 30 days before {@link Corpus#NOW}, written with the history's own create: a few rules fire
     * often and most rarely (the rule drawn as the square of a uniform number), mostly delivered, some muted or
     * throttled.
     */
    private static void record(AlertHistory history, List<AlertRule> rules, List<Alert.ArticleHit> articles,
            List<MergedEvent> events, int n) throws IOException {
        Random random = new Random(13);
        long t0 = System.nanoTime();
        List<AlertRecord> batch = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double u = random.nextDouble();
            AlertRule r = rules.get((int) (u * u * rules.size()));
            Instant at = Corpus.NOW.minusSeconds(random.nextInt(30 * 86_400));
            String id = String.format("%032x", i);
            Alert alert;
            if (r.forEvents()) {
                MergedEvent e = events.get(random.nextInt(events.size()));
                alert = new Alert(Alert.SCHEMA_VERSION, id, r.id(), r.name(), Alert.EVENT_NEW, at, null,
                        new Alert.EventHit(e.id(), e.type(), e.status(), null, e.date(), e.actors(), e.place(), e.evidence(),
                                e.articleCount()), null);
            } else {
                alert = new Alert(Alert.SCHEMA_VERSION, id, r.id(), r.name(), Alert.ARTICLE, at,
                        articles.get(random.nextInt(articles.size())), null, null);
            }
            batch.add(new AlertRecord(id, r.id(), r.name(), alert.kind(), r.muted() ? AlertRecord.MUTED
                    : STATUSES.get(random.nextInt(STATUSES.size())), at, at.plusMillis(40), at.truncatedTo(ChronoUnit.HOURS),
                    true, null, alert.headline(), alert.article() == null ? null : alert.article().id(),
                    alert.event() == null ? null : alert.event().id(), alert, Map.of(), new AlertRecord.MatchPosition(0, i)));
            if (batch.size() == 1000 || i == n - 1) {
                history.createAll(batch);
                batch.clear();
            }
        }
        System.out.printf("alert history: %d alerts of %d rules in %.1f s%n", n, rules.size(), (System.nanoTime() - t0) / 1e9);
    }

    /** n picks, with repeats, in a fixed order. */
    private static <T> List<T> sample(List<T> from, int n, Random random) {
        return IntStream.range(0, n).mapToObj(i -> from.get(random.nextInt(from.size()))).toList();
    }

    /** The machine's load average (1, 5, 15 minutes): other builds share its two cores. */
    private static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }
}
