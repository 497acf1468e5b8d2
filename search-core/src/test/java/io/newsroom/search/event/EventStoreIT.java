package io.newsroom.search.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import io.newsroom.contracts.ArticleId;
import io.newsroom.contracts.EntityRef;
import io.newsroom.contracts.Event;
import io.newsroom.contracts.EventMention;
import io.newsroom.contracts.ItemHints;
import io.newsroom.contracts.MergedEvent;
import io.newsroom.enrich.core.Enricher;
import io.newsroom.localstack.TestElasticsearch;
import io.newsroom.search.SearchClients;
import io.newsroom.search.SearchSettings;

/**
 * One real-world event, one record, on a real Elasticsearch node: the reports come from the real enricher reading
 * the Arabic seed page and English reports of the same visit, and each store instance stands for a query service
 * process (a new one is a restart; two at once are two instances).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventStoreIT {

    private static final Enricher ENRICHER = Enricher.shipped();
    private static final LocalDate FETCHED = LocalDate.of(2024, 5, 10);

    private ElasticsearchClient es;
    private SearchSettings props;

    @BeforeAll
    void connect() {
        es = SearchClients.connect(List.of(TestElasticsearch.url()));
    }

    @AfterAll
    void close() throws IOException {
        es.close();
    }

    /** A store over indices of its own, as a freshly started query service sees them. */
    private EventStore store(String suffix) {
        props = SearchSettings.named("store-" + suffix);
        return new EventStore(es, props);
    }

    private static List<EventMention> reports(String url, String source, Enricher.Result r, Instant seenAt) {
        List<EventMention> out = new ArrayList<>();
        for (int i = 0; i < r.events().size(); i++) {
            out.add(new EventMention(1, ArticleId.of(url), 1, i, url, source, r.extraction().lang(), r.simhash(), null, seenAt,
                    r.events().get(i)));
        }
        return out;
    }

    private static EventMention tokayevVisit(List<EventMention> reports) {
        return reports.stream().filter(m -> m.event().type().equals("VISIT")
                && m.event().actors().stream().anyMatch(a -> "Q200881".equals(a.id()))).findFirst().orElseThrow();
    }

    private static List<EventMention> arabicPage() throws IOException {
        try (InputStream in = EventStoreIT.class.getResourceAsStream("/sample-site/arabic/tokayev-visit.html")) {
            String html = new String(in.readAllBytes(), Charset.forName("windows-1256"));
            return reports("http://rt.example/ar/tokayev", "rt-arabic",
                    ENRICHER.page(html, "http://rt.example/ar/tokayev", ItemHints.none(), FETCHED), Instant.parse("2024-05-04T09:00:00Z"));
        }
    }

    private static final String PLANNED_EN = """
            Tokayev to visit Moscow for Victory Day
            Kazakh President Kassym-Jomart Tokayev will visit Moscow on May 8-9, Kazakhstan's ambassador to Russia Dauren Abayev told TASS on Saturday.
            The ambassador said the presidents of Russia and Kazakhstan meet regularly and have seen each other twice since October, at the summits of the Eurasian Economic Union and the Commonwealth of Independent States in St Petersburg and at the Games of the Future in Kazan in February.
            This year Kazakhstan chairs the Shanghai Cooperation Organisation and the Collective Security Treaty Organization, and an interregional forum of Kazakhstan and Russia is to be held in Ufa, he added.
            The annual summit of the Eurasian Economic Union will be held in Moscow on May 8, and leaders of several former Soviet republics are expected at the Victory Day parade on Red Square the next day.""";

    private static final String HELD_EN = """
            Tokayev arrives in Moscow
            Kazakh President Kassym-Jomart Tokayev arrived in Moscow on May 8 for a two-day visit, the Kremlin said.
            He will attend the Victory Day parade on Red Square on Thursday.""";

    /** An English report as a news page: headline, paragraphs, publication time in its metadata. */
    private static List<EventMention> english(String url, String source, String text, String published, Instant seenAt) {
        String[] lines = text.split("\n");
        StringBuilder html = new StringBuilder("<html><head><meta property=\"article:published_time\" content=\"" + published
                + "\"><title>" + lines[0] + " | Wire</title></head><body><article><h1>" + lines[0] + "</h1>");
        for (int i = 1; i < lines.length; i++) {
            html.append("<p>").append(lines[i]).append("</p>");
        }
        html.append("</article></body></html>");
        Enricher.Result r = ENRICHER.page(html.toString(), url, ItemHints.none(), FETCHED);
        List<EventMention> out = new ArrayList<>();
        for (EventMention m : reports(url, source, r, seenAt)) {
            out.add(new EventMention(1, m.articleId(), 1, m.index(), url, source, m.lang(), m.simhash(), Instant.parse(published),
                    seenAt, m.event()));
        }
        return out;
    }

    @Test
    void theArabicPageAndAnEnglishReportOfThePlannedVisitAreOneEventInTwoLanguagesThenItTakesPlace() throws IOException {
        EventStore store = store(UUID.randomUUID().toString().substring(0, 8));
        EventMention arabic = tokayevVisit(arabicPage());
        assertThat(arabic.event().status()).isEqualTo(Event.PLANNED);
        MergedEvent first = store.add(arabic);

        EventMention english = tokayevVisit(english("http://wire.example/en/tokayev-to-visit", "wire-en", PLANNED_EN,
                "2024-05-04T12:00:00Z", Instant.parse("2024-05-04T12:05:00Z")));
        MergedEvent merged = store.add(english);
        assertThat(merged.id()).isEqualTo(first.id());
        assertThat(merged.languages()).containsExactlyInAnyOrder("ar", "en");
        assertThat(merged.languageCount()).isEqualTo(2);
        assertThat(merged.articleCount()).isEqualTo(2);
        assertThat(merged.status()).isEqualTo(Event.PLANNED);
        assertThat(merged.cameo()).isEqualTo("036");

        // a restart: a new store process with nothing in memory finds the event where it is kept
        EventStore restarted = new EventStore(es, props);
        EventMention held = tokayevVisit(english("http://wire.example/en/tokayev-arrives", "wire-en", HELD_EN,
                "2024-05-08T15:00:00Z", Instant.parse("2024-05-08T15:10:00Z")));
        assertThat(held.event().status()).isEqualTo(Event.OCCURRED);
        MergedEvent occurred = restarted.add(held);
        assertThat(occurred.id()).isEqualTo(first.id());
        assertThat(occurred.status()).isEqualTo(Event.OCCURRED);
        assertThat(occurred.cameo()).isEqualTo("042");
        assertThat(occurred.history()).extracting(MergedEvent.StatusChange::status).containsExactly(Event.PLANNED, Event.OCCURRED);
        assertThat(occurred.articleCount()).isEqualTo(3);
        assertThat(occurred.firstSeen()).isEqualTo(Instant.parse("2024-05-04T09:00:00Z"));
        assertThat(restarted.search(EventQuery.of("VISIT", null, "Q200881", null, null, null, 10)).total()).isEqualTo(1);

        // replays (a crash between the write and the offset commit) count nothing twice
        restarted.add(arabic);
        restarted.add(english);
        MergedEvent replayed = restarted.add(held);
        assertThat(replayed.articleCount()).isEqualTo(3);
        assertThat(replayed.reports()).hasSize(3);
    }

    @Test
    void theListIsFilteredByTheWordsOfItsEvidenceTheIdentityTheyNameAndTheReportsLanguagesAndSources() throws IOException {
        EventStore store = store(UUID.randomUUID().toString().substring(0, 8));
        store.add(tokayevVisit(english("http://wire.example/en/tokayev-to-visit", "wire-en", PLANNED_EN,
                "2024-05-04T12:00:00Z", Instant.parse("2024-05-04T12:05:00Z"))));
        assertThat(store.search(filtered("visit Moscow", null, null, null)).total()).isEqualTo(1);
        assertThat(store.search(filtered("visit Beijing", null, null, null)).total()).isZero();
        // "Токаев" is nowhere in the English sentence: the identity it names is among the parties
        assertThat(store.search(filtered("Токаев", "Q200881", null, null)).total()).isEqualTo(1);
        assertThat(store.search(filtered(null, null, "en", "wire-en")).total()).isEqualTo(1);
        assertThat(store.search(filtered(null, null, "ar", null)).total()).isZero();
        assertThat(store.search(filtered(null, null, null, "rt-arabic")).total()).isZero();
    }

    @Test
    void aPartysDyadsCountItsEventsWithEachCounterpartByTypeAndMonth() throws IOException {
        EventStore store = store(UUID.randomUUID().toString().substring(0, 8));
        MergedEvent visit = store.add(tokayevVisit(english("http://wire.example/en/tokayev-to-visit", "wire-en", PLANNED_EN,
                "2024-05-04T12:00:00Z", Instant.parse("2024-05-04T12:05:00Z"))));
        Dyads dyads = store.dyads("Q200881", 10);
        assertThat(dyads.events()).isEqualTo(1);
        List<EntityRef> others = visit.actors().stream().filter(a -> a.id() != null && !a.id().equals("Q200881")).toList();
        assertThat(others).isNotEmpty();
        assertThat(dyads.counterparts()).extracting(Dyads.Counterpart::party).containsExactlyInAnyOrderElementsOf(others);
        for (Dyads.Counterpart c : dyads.counterparts()) {
            assertThat(c.events()).isEqualTo(1);
            assertThat(c.types()).containsExactly(Map.entry("VISIT", 1L));
            assertThat(c.months()).containsExactly(Map.entry("2024-05", 1L));
        }
        assertThat(store.dyads("Q1", 10).counterparts()).isEmpty();
    }

    private static final String CANCELLED_EN = """
            Tokayev calls off Moscow trip
            Kazakh President Kassym-Jomart Tokayev's visit to Moscow on May 8 was cancelled, his press office said on Monday.""";

    @Test
    void aPlannedVisitThatIsCalledOffIsCancelledUntilAReportSaysItTookPlaceAndItsVisitorIsItsSource() throws IOException {
        EventStore store = store(UUID.randomUUID().toString().substring(0, 8));
        MergedEvent planned = store.add(tokayevVisit(english("http://wire.example/en/tokayev-to-visit", "wire-en", PLANNED_EN,
                "2024-05-04T12:00:00Z", Instant.parse("2024-05-04T12:05:00Z"))));
        assertThat(planned.sourceActors()).extracting(EntityRef::id).contains("Q200881");
        assertThat(planned.trigger().of(planned.evidence())).isEqualTo("visit");

        EventMention off = tokayevVisit(english("http://wire.example/en/tokayev-off", "wire-en", CANCELLED_EN,
                "2024-05-06T08:00:00Z", Instant.parse("2024-05-06T08:05:00Z")));
        assertThat(off.event().status()).isEqualTo(Event.CANCELLED);
        MergedEvent cancelled = store.add(off);
        assertThat(cancelled.id()).isEqualTo(planned.id());
        assertThat(cancelled.status()).isEqualTo(Event.CANCELLED);
        assertThat(cancelled.cameo()).isEqualTo("125");
        assertThat(cancelled.plover()).isEqualTo("REJECT");
        assertThat(cancelled.mode()).isEqualTo("meet");
        assertThat(store.search(EventQuery.of(null, Event.CANCELLED, "Q200881", null, null, null, 10)).total()).isEqualTo(1);
        // a called-off visit is verbal conflict in PLOVER's classes
        assertThat(store.search(byPlover(null, "conflict")).total()).isEqualTo(1);
        assertThat(store.search(byPlover(null, "cooperation")).total()).isZero();

        MergedEvent held = store.add(tokayevVisit(english("http://wire.example/en/tokayev-arrives", "wire-en", HELD_EN,
                "2024-05-08T15:00:00Z", Instant.parse("2024-05-08T15:10:00Z"))));
        assertThat(held.status()).isEqualTo(Event.OCCURRED);
        // the codebook's mode follows the latest status: a visit made
        assertThat(held.mode()).isEqualTo("visit");
        assertThat(held.history()).extracting(MergedEvent.StatusChange::status)
                .containsExactly(Event.PLANNED, Event.CANCELLED, Event.OCCURRED);
        assertThat(store.search(byRole("Q200881", null)).total()).isEqualTo(1);
        assertThat(store.search(byRole(null, "Q200881")).total()).isZero();
        assertThat(store.search(byPlover("CONSULT", "verbal-cooperation")).total()).isEqualTo(1);
        assertThat(store.search(byPlover(null, "verbal-conflict")).total()).isZero();
        assertThat(store.search(byPlover("CONSULT", "conflict")).total()).isZero();
    }

    private static EventQuery byPlover(String plover, String quad) {
        return new EventQuery(null, null, null, null, null, null, null, null, null, null, Set.of(), null, null, 10,
                EventQueryParser.ploverTypes(plover, quad));
    }

    private static EventQuery byRole(String sourceActor, String targetActor) {
        return new EventQuery(null, null, null, null, null, null, null, sourceActor, targetActor, null, Set.of(), null, null, 10, null);
    }

    private static EventQuery filtered(String text, String namedEntity, String lang, String source) {
        return new EventQuery(text, namedEntity, lang, source, null, null, null, null, null, null, Set.of(), null, null, 10, null);
    }

    private static EventMention reported(String url, EntityRef actor, EntityRef place) {
        Event e = new Event("VISIT", "042", "CONSULT", Event.OCCURRED, List.of(actor), List.of(actor), List.of(), place,
                LocalDate.parse("2024-05-08"), null, actor.name() + " arrived", null, 0.9, null);
        return new EventMention(1, ArticleId.of(url), 1, 0, url, "wire-en", "en", null, null, Instant.parse("2024-05-08T15:00:00Z"), e);
    }

    @Test
    void theMapCountsEventsPerCountryOfTheirPlaceAndSaysHowManyHaveNoneAndTheCountryFilterTakesItsPlaces() throws IOException {
        EventStore store = store(UUID.randomUUID().toString().substring(0, 8));
        EntityRef russia = new EntityRef("Q159", "Russia", "COUNTRY");
        EntityRef china = new EntityRef("Q148", "China", "COUNTRY");
        store.add(reported("http://wire.example/1", new EntityRef("Q200881", "Kassym-Jomart Tokayev", "PERSON"),
                new EntityRef("Q649", "Moscow", "PLACE")));
        store.add(reported("http://wire.example/2", new EntityRef("Q7747", "Vladimir Putin", "PERSON"), russia));
        store.add(reported("http://wire.example/3", new EntityRef("Q22686", "Donald Trump", "PERSON"),
                new EntityRef("Q956", "Beijing", "PLACE")));
        store.add(reported("http://wire.example/4", new EntityRef("Q57366", "Emomali Rahmon", "PERSON"), null));
        store.add(reported("http://wire.example/5", new EntityRef("Q15031", "Xi Jinping", "PERSON"),
                new EntityRef(null, "Atlantis", "PLACE")));
        Map<String, EntityRef> countries = Map.of("Q649", russia, "Q159", russia, "Q956", china);

        EventMap map = store.map(EventQuery.of("VISIT", null, null, null, null, null, 0), id -> Optional.ofNullable(countries.get(id)));
        assertThat(map.total()).isEqualTo(5);
        assertThat(map.countries()).containsExactly(new EventMap.CountryCount(russia, 2), new EventMap.CountryCount(china, 1));
        assertThat(map.unplaced()).isEqualTo(1);
        assertThat(map.unmapped()).isEqualTo(1);
        // the list a click on Russia opens: the event in its capital as well as the one placed in the country itself
        EventQuery inRussia = new EventQuery(null, null, null, null, null, null, null, null, null, "Q159", Set.of("Q649"), null, null, 10, null);
        assertThat(store.search(inRussia).total()).isEqualTo(2);
        assertThat(store.map(inRussia, id -> Optional.ofNullable(countries.get(id))).countries())
                .containsExactly(new EventMap.CountryCount(russia, 2));
        assertThat(store.map(EventQuery.of("TALKS", null, null, null, null, null, 0), id -> Optional.empty()))
                .isEqualTo(new EventMap(0, List.of(), 0, 0));
    }

    @Test
    @SuppressWarnings({"rawtypes", "unchecked"})
    void anEventStoredByAnEarlierVersionWithoutASchemaVersionIsReadAndMergedInto() throws IOException {
        EventStore store = store(UUID.randomUUID().toString().substring(0, 8));
        MergedEvent first = store.add(tokayevVisit(arabicPage()));
        Map<String, Object> old = es.get(g -> g.index(props.eventsAlias()).id(first.id()), Map.class).source();
        old.remove("schemaVersion");
        es.index(i -> i.index(props.eventsAlias()).id(first.id()).document(old).refresh(Refresh.WaitFor));

        assertThat(store.byId(first.id()).orElseThrow().schemaVersion()).isEqualTo(MergedEvent.SCHEMA_VERSION);
        MergedEvent merged = store.add(tokayevVisit(english("http://wire.example/en/tokayev-to-visit", "wire-en",
                PLANNED_EN, "2024-05-04T12:00:00Z", Instant.parse("2024-05-04T12:05:00Z"))));
        assertThat(merged.id()).isEqualTo(first.id());
        assertThat(merged.articleCount()).isEqualTo(2);
    }

    @Test
    void aCopyOfTheSameWireStoryOnAnotherSiteIsCountedOnce() throws IOException {
        EventStore store = store(UUID.randomUUID().toString().substring(0, 8));
        Instant seen = Instant.parse("2024-05-04T12:05:00Z");
        store.add(tokayevVisit(english("http://wire.example/en/a", "wire-en", PLANNED_EN, "2024-05-04T12:00:00Z", seen)));
        String copy = PLANNED_EN.replace("Tokayev to visit Moscow for Victory Day", "Kazakhstan's Tokayev to visit Moscow")
                + "\nFollow us on social media for more news from Central Asia.";
        MergedEvent e = store.add(tokayevVisit(english("http://paper.example/world/b", "paper", copy, "2024-05-04T13:00:00Z", seen)));
        assertThat(e.reports()).hasSize(2);
        assertThat(e.articleCount()).isEqualTo(1);
        assertThat(e.copyCount()).isEqualTo(1);
        assertThat(e.sourceCount()).isEqualTo(2);
    }

    @Test
    void twoQueryInstancesMergingReportsOfOneEventAtOnceMakeOneEvent() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        EventStore a = store(suffix);
        EventStore b = new EventStore(es, props);
        EventMention seed = tokayevVisit(arabicPage());
        a.add(seed);
        List<Callable<MergedEvent>> writers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            EventStore s = i % 2 == 0 ? a : b;
            String url = "http://site" + i + ".example/tokayev";
            EventMention m = new EventMention(1, ArticleId.of(url), 1, 0, url, "site" + i, "en", null, null,
                    Instant.parse("2024-05-05T10:00:00Z"), seed.event());
            writers.add(() -> s.add(m));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (Future<MergedEvent> f : pool.invokeAll(writers)) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        EventPage all = a.search(EventQuery.of(null, null, "Q200881", null, null, null, 10));
        assertThat(all.total()).isEqualTo(1);
        assertThat(a.byId(all.events().get(0).id()).orElseThrow().articleCount()).isEqualTo(9);
    }
}
