package io.newsroom.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.newsroom.contracts.ArticleId;
import io.newsroom.contracts.EnrichedArticle;
import io.newsroom.contracts.Entity;
import io.newsroom.contracts.EntityRef;
import io.newsroom.contracts.Event;
import io.newsroom.contracts.EventMention;
import io.newsroom.contracts.MergedEvent;
import io.newsroom.contracts.MessageCodec;
import io.newsroom.contracts.Topics;
import io.newsroom.localstack.TestElasticsearch;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Enriched articles from a real (embedded KRaft) broker into a real Elasticsearch node, back out through the API. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(partitions = 1, topics = {Topics.ENRICHED, Topics.EVENT_MENTIONS}, bootstrapServersProperty = "spring.kafka.bootstrap-servers",
        brokerProperties = {"offsets.topic.replication.factor=1", "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryFlowIT {

    private static final String READ_KEY = "test-read-key";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void elasticsearch(DynamicPropertyRegistry registry) {
        registry.add("newsroom.query.elasticsearch.uris", TestElasticsearch::url);
        registry.add("newsroom.query.read-key", () -> READ_KEY);
        registry.add("newsroom.query.elasticsearch.index-prefix", () -> "articles-queryflow");
        registry.add("newsroom.query.elasticsearch.alias", () -> "articles-queryflow-alias");
        registry.add("newsroom.query.elasticsearch.write-alias", () -> "articles-queryflow-write");
        registry.add("newsroom.query.elasticsearch.events-index", () -> "events-queryflow");
        registry.add("newsroom.query.elasticsearch.events-alias", () -> "events-queryflow-alias");
    }

    @Autowired
    EmbeddedKafkaBroker broker;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    static EnrichedArticle article(String url, int revision, String title, String text, String lang, String published,
            Entity... entities) {
        return article(url, revision, title, text, lang, published, List.of(), entities);
    }

    static EnrichedArticle article(String url, int revision, String title, String text, String lang, String published,
            List<Event> events, Entity... entities) {
        return new EnrichedArticle(1, ArticleId.of(url), url, "test", revision, title, text, lang,
                published == null ? null : Instant.parse(published), List.of(), Instant.parse("2026-01-01T00:00:00Z"),
                Instant.now(), null, "A summary of " + title, null, "Test Wire", List.of(entities), events, null);
    }

    static Entity person(String id, String name, String surface) {
        return new Entity(id, name, "PERSON", 1.0, List.of(new Entity.Mention("text", 0, surface.length(), surface)));
    }

    static final EnrichedArticle TALKS = article("http://s/talks", 1, "Putin and Xi hold talks",
            "Russian President Vladimir Putin held talks with Xi Jinping in Moscow.", "en", "2025-05-08T12:21:00Z",
            List.of(new Event("TALKS", "046", "CONSULT", Event.OCCURRED, List.of(new EntityRef("Q7747", "Vladimir Putin", "PERSON")), List.of(), List.of(),
                    null, LocalDate.parse("2025-05-08"), null, "Putin held talks with Xi", null, 0.9, null)),
            person("Q7747", "Vladimir Putin", "Vladimir Putin"), person("Q15031", "Xi Jinping", "Xi Jinping"));
    /** A name outside the gazetteer, under the local id the tagger gives it. */
    static final String SNOWDEN = "local:person-c793e4c442d2";
    static final EnrichedArticle PARADE = article("http://s/parade", 1, "Leaders at the parade",
            "Putin hosted leaders at the Victory Day parade on Red Square, Edward Snowden among the guests.", "en", "2024-05-09T10:00:00Z",
            new Entity("Q159", "Russia", "COUNTRY", 0.5, List.of()), person(SNOWDEN, "Edward Snowden", "Edward Snowden"));
    static final EnrichedArticle ARABIC = article("http://s/ar", 1, "زيارة رئيس كازاخستان",
            "قال السفير إن الرئيس توكايف يعتزم زيارة موسكو والتقى الرئيسان بوتين وتوكايف", "ar", "2024-05-04T00:00:00Z",
            person("Q200881", "Kassym-Jomart Tokayev", "توكايف"), person("Q7747", "Vladimir Putin", "بوتين"));
    static final EnrichedArticle REVISED_V2 = article("http://s/revised", 2, "Second revision title",
            "Lavrov visited Dushanbe, second revision.", "en", "2023-06-07T00:00:00Z");
    static final EnrichedArticle REVISED_V1 = article("http://s/revised", 1, "First revision title",
            "Lavrov visited Dushanbe, first revision.", "en", "2023-06-07T00:00:00Z");

    static final EntityRef TOKAYEV = new EntityRef("Q200881", "Kassym-Jomart Tokayev", "PERSON");
    static final EntityRef MOSCOW = new EntityRef("Q649", "Moscow", "PLACE");

    static EventMention visit(String url, String lang, String status, String day, String seenAt) {
        boolean planned = status.equals(Event.PLANNED);
        Event e = new Event("VISIT", planned ? "036" : "042", planned ? "AGREE" : "CONSULT", status, List.of(TOKAYEV), List.of(), List.of(), MOSCOW,
                LocalDate.parse(day), null, "Tokayev " + (planned ? "will visit" : "arrived in") + " Moscow", null, 0.9, null);
        return new EventMention(1, ArticleId.of(url), 1, 0, url, "test", lang, null, null, Instant.parse(seenAt), e);
    }

    static final List<EventMention> VISIT_REPORTS = List.of(
            visit("http://s/ar", "ar", Event.PLANNED, "2024-05-08", "2024-05-04T09:00:00Z"),
            visit("http://s/en-plan", "en", Event.PLANNED, "2024-05-08", "2024-05-04T12:00:00Z"),
            visit("http://s/en-held", "en", Event.OCCURRED, "2024-05-08", "2024-05-08T15:00:00Z"),
            visit("http://s/ar", "ar", Event.PLANNED, "2024-05-08", "2024-05-04T09:00:00Z"));

    @BeforeAll
    void publish() throws Exception {
        try (var producer = new KafkaProducer<>(KafkaTestUtils.producerProps(broker), new StringSerializer(),
                new ByteArraySerializer())) {
            for (EnrichedArticle a : List.of(TALKS, PARADE, ARABIC, REVISED_V2, TALKS, PARADE)) {
                producer.send(new ProducerRecord<>(Topics.ENRICHED, a.id(), MessageCodec.encode(a))).get();
            }
            // a late, older revision must not overwrite the newer one
            producer.send(new ProducerRecord<>(Topics.ENRICHED, REVISED_V1.id(), MessageCodec.encode(REVISED_V1))).get();
            producer.send(new ProducerRecord<>(Topics.ENRICHED, "bad", "{\"schemaVersion\":1}".getBytes(StandardCharsets.UTF_8))).get();
            for (EventMention m : VISIT_REPORTS) {
                producer.send(new ProducerRecord<>(Topics.EVENT_MENTIONS, m.mergeKey(), MessageCodec.encode(m))).get();
            }
            producer.send(new ProducerRecord<>(Topics.EVENT_MENTIONS, "VISIT|Q1", "not json".getBytes(StandardCharsets.UTF_8))).get();
        }
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(get("/api/articles").get("total").asLong())
                .isEqualTo(4));
    }

    @Test
    void replaysAndRevisionsLeaveOneDocumentPerArticleWithTheNewestRevision() throws Exception {
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(get("/api/articles").get("total").asLong()).isEqualTo(4));
        JsonNode revised = get("/api/articles?q=Dushanbe");
        assertThat(revised.get("total").asLong()).isEqualTo(1);
        assertThat(revised.get("items").get(0).get("title").asString()).isEqualTo("Second revision title");
        assertThat(revised.get("items").get(0).get("revision").asInt()).isEqualTo(2);
    }

    @Test
    void searchFindsArticlesWithTheirFieldsAndStemsEnglish() throws Exception {
        JsonNode page = get("/api/articles?q=Putin");
        // the two English articles by their words, the Arabic one by its entity (بوتين)
        assertThat(page.get("total").asLong()).isEqualTo(3);
        JsonNode first = page.get("items").get(0);
        assertThat(first.get("id").asString()).hasSize(64);
        assertThat(first.get("url").asString()).startsWith("http://s/");
        assertThat(first.get("lang").asString()).isEqualTo("en");
        assertThat(first.has("publishedAt")).isTrue();
        assertThat(first.get("source").asString()).isEqualTo("test");
        assertThat(first.get("siteName").asString()).isEqualTo("Test Wire");
        assertThat(first.get("description").asString()).startsWith("A summary of ");
        // "talk" matches "talks" through the English analyzer
        assertThat(get("/api/articles?q=talk").get("total").asLong()).isEqualTo(1);
        // Arabic: "الرئيس" and "رئيس" meet through the Arabic analyzer
        assertThat(get("/api/articles?q=" + enc("رئيس")).get("total").asLong()).isEqualTo(1);
    }

    @Test
    void aNameFindsArticlesInAnyScriptThroughTheirEntitiesAndAnEntityFilterNarrows() throws Exception {
        JsonNode tokayev = get("/api/articles?q=Tokayev");
        assertThat(tokayev.get("total").asLong()).isEqualTo(1);
        assertThat(tokayev.get("items").get(0).get("lang").asString()).isEqualTo("ar");
        assertThat(tokayev.get("items").get(0).get("entities")).anySatisfy(e -> {
            assertThat(e.get("id").asString()).isEqualTo("Q200881");
            assertThat(e.has("mentions")).isFalse();
        });
        assertThat(get("/api/articles?entity=Q7747").get("total").asLong()).isEqualTo(2);
        assertThat(get("/api/articles?entity=Q7747&lang=ar").get("total").asLong()).isEqualTo(1);
        assertThat(get("/api/articles?entity=Q200881&q=Moscow").get("total").asLong()).isZero();
        assertThat(get("/api/articles?entity=Q999999").get("total").asLong()).isZero();
    }

    @Test
    void aNameInAnyScriptLooksUpItsIdentityWithArticleCountsAndFindsItsArticles() throws Exception {
        for (String name : List.of("Tokayev", "Токаев", "توكايف")) {
            JsonNode first = get("/api/entities?q=" + enc(name)).get("entities").get(0);
            assertThat(first.get("id").asString()).as(name).isEqualTo("Q200881");
            assertThat(first.get("name").asString()).isEqualTo("Kassym-Jomart Tokayev");
            assertThat(first.get("articles").asLong()).isEqualTo(1);
        }
        // a Cyrillic name finds the Arabic article, which writes it توكايف
        assertThat(get("/api/articles?q=" + enc("Токаев")).get("items")).extracting(i -> i.get("lang").asString()).containsExactly("ar");
        JsonNode tokayev = get("/api/entities/Q200881");
        assertThat(tokayev.get("type").asString()).isEqualTo("PERSON");
        assertThat(tokayev.get("aliases")).isNotEmpty();
        assertThat(get("/api/entities/Q159").get("aliases")).extracting(a -> a.get("lang").asString()).contains("ar", "ru");
        assertThat(tokayev.get("roles")).isNotEmpty();
        assertThat(tokayev.get("articles").asLong()).isEqualTo(1);
        assertThat(tokayev.get("cooccurring")).extracting(c -> c.get("id").asString()).containsExactly("Q7747");
        assertThat(get("/api/entities/Q7747").get("cooccurring")).extracting(c -> c.get("id").asString())
                .contains("Q200881", "Q15031");
    }

    @Test
    void aNameOutsideTheGazetteerIsAnEntityOfItsOwnUnderItsLocalId() throws Exception {
        JsonNode snowden = get("/api/entities/" + SNOWDEN);
        assertThat(snowden.get("name").asString()).isEqualTo("Edward Snowden");
        assertThat(snowden.get("type").asString()).isEqualTo("PERSON");
        assertThat(snowden.get("articles").asLong()).isEqualTo(1);
        assertThat(snowden.get("aliases")).isEmpty();
        assertThat(snowden.get("cooccurring")).extracting(c -> c.get("id").asString()).containsExactly("Q159");
        assertThat(get("/api/entities?q=Snowden").get("entities")).extracting(e -> e.get("id").asString()).contains(SNOWDEN);
        assertThat(get("/api/articles?entity=" + SNOWDEN).get("items")).extracting(i -> i.get("url").asString())
                .containsExactly("http://s/parade");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/entities/local:person-000000000000 | 404 | no entity local:person-000000000000",
            "/api/entities | 400 | q is required",
            "/api/entities?q=Putin&size=0 | 400 | size must be a whole number from 1 to 50",
            "/api/entities/Putin | 400 | id must be a Wikidata QID",
            "/api/entities/Q1 | 404 | no entity Q1"})
    void entityRequestsThatCannotBeAnsweredSayWhy(String path, int status, String message) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base() + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(status);
        assertThat(JSON.readTree(r.body()).get("message").asString()).startsWith(message);
    }

    @Test
    void facetsCountLanguagesSourcesAndTheEntitiesMostArticlesMention() throws Exception {
        JsonNode all = get("/api/articles/facets");
        assertThat(all.get("total").asLong()).isEqualTo(4);
        assertThat(all.get("languages").get(0).get("key").asString()).isEqualTo("en");
        assertThat(all.get("languages").get(0).get("articles").asLong()).isEqualTo(3);
        assertThat(all.get("sources").get(0).get("articles").asLong()).isEqualTo(4);
        JsonNode putin = all.get("entities").get("PERSON").get(0);
        assertThat(putin.get("id").asString()).isEqualTo("Q7747");
        assertThat(putin.get("name").asString()).isEqualTo("Vladimir Putin");
        assertThat(putin.get("articles").asLong()).isEqualTo(2);
        // the same filters as the search
        JsonNode arabic = get("/api/articles/facets?lang=ar&top=1");
        assertThat(arabic.get("total").asLong()).isEqualTo(1);
        assertThat(arabic.get("entities").get("PERSON")).hasSize(1);
    }

    @Test
    void theTimelineCountsArticlesPerPeriodWithEmptyPeriodsIncluded() throws Exception {
        JsonNode years = get("/api/articles/timeline?interval=year");
        assertThat(years.get("interval").asString()).isEqualTo("year");
        assertThat(years.get("buckets")).extracting(b -> b.get("date").asString() + "=" + b.get("articles").asLong())
                .containsExactly("2023-01-01=1", "2024-01-01=2", "2025-01-01=1");
        JsonNode months = get("/api/articles/timeline?interval=month&entity=Q7747");
        assertThat(months.get("buckets")).first().satisfies(b -> assertThat(b.get("date").asString()).isEqualTo("2024-05-01"));
        assertThat(months.get("buckets")).hasSize(13);
        assertThat(months.get("buckets")).extracting(b -> b.get("articles").asLong()).containsOnly(0L, 1L);
    }

    @Test
    void filtersByEventTypeEntityTypeCountryAndSource() throws Exception {
        assertThat(get("/api/articles?eventType=TALKS").get("items")).extracting(i -> i.get("url").asString())
                .containsExactly("http://s/talks");
        assertThat(get("/api/articles?eventType=SANCTIONS").get("total").asLong()).isZero();
        // the talks, the Arabic article and the parade (a name outside the gazetteer is a person too)
        assertThat(get("/api/articles?entityType=PERSON").get("total").asLong()).isEqualTo(3);
        assertThat(get("/api/articles?country=Q159").get("items")).extracting(i -> i.get("url").asString())
                .containsExactly("http://s/parade");
        assertThat(get("/api/articles?source=test").get("total").asLong()).isEqualTo(4);
        assertThat(get("/api/articles?source=elsewhere").get("total").asLong()).isZero();
        assertThat(get("/api/articles/facets").get("eventTypes").get(0).get("key").asString()).isEqualTo("TALKS");
        assertThat(get("/api/articles/facets").get("eventTypes").get(0).get("articles").asLong()).isEqualTo(1);
    }

    @Test
    void resultsCarryHighlightedFragmentsAndCanBeSortedByDate() throws Exception {
        JsonNode talks = get("/api/articles?q=talks").get("items").get(0);
        assertThat(talks.get("highlights").get("title").get(0).asString()).isEqualTo("Putin and Xi hold <em>talks</em>");
        assertThat(talks.get("highlights").get("text").get(0).asString()).contains("held <em>talks</em> with");
        // an escaped fragment: a page shows it as it is
        assertThat(get("/api/articles?q=Putin").get("items")).allSatisfy(i -> assertThat(i.get("highlights").toString()).doesNotContain("<script"));
        JsonNode byDate = get("/api/articles?q=Putin&sort=date");
        assertThat(byDate.get("items")).extracting(i -> i.get("publishedAt").asString()).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void filtersByLanguageAndDateRange() throws Exception {
        assertThat(get("/api/articles?lang=ar").get("total").asLong()).isEqualTo(1);
        assertThat(get("/api/articles?from=2024-05-01&to=2024-05-09").get("total").asLong()).isEqualTo(2);
        assertThat(get("/api/articles?from=2024-05-09T10:00:00Z&to=2024-05-09T10:00:00Z").get("total").asLong())
                .isEqualTo(1);
        assertThat(get("/api/articles?to=2023-12-31").get("total").asLong()).isEqualTo(1);
    }

    @Test
    void theCursorWalksEveryArticleOnceNewestFirst() throws Exception {
        List<String> dates = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = get("/api/articles?size=1" + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.get("items").size()).isEqualTo(1);
            ids.add(page.get("items").get(0).get("id").asString());
            dates.add(page.get("items").get(0).get("publishedAt").asString());
            cursor = page.get("next").isNull() ? null : page.get("next").asString();
        } while (cursor != null && ids.size() < 10);
        assertThat(ids).hasSize(4).doesNotHaveDuplicates();
        assertThat(dates).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "size=0 | size must be a whole number from 1 to 100",
            "size=abc | size must be a whole number",
            "size=101 | size must be a whole number from 1 to 100",
            "from=yesterday | from must be an ISO-8601 date",
            "to=2024-13-01 | to must be an ISO-8601 date",
            "from=2024-05-02&to=2024-05-01 | from must be before to",
            "cursor=bm90LWpzb24 | cursor is not one this API issued",
            "cursor=%21%21%21 | cursor is not one this API issued",
            "lang=english | lang must be an ISO 639-1 code",
            "entity=Tokayev | entity must be a Wikidata QID",
            "q=%22unclosed | q has an unclosed",
            "q=(Putin | q has 1",
            "q=Putin) | q has a ')",
            "q=Putin+%7C | q ends with",
            "q=%7C+Putin | q starts with",
            "q=() | q has an empty group",
            "q=Putin+- | q has a '-",
            "entityType=THING | entityType must be one of PERSON, COUNTRY, ORGANIZATION, PLACE",
            "eventType=PICNIC | eventType must be one of",
            "country=Russia | country must be a Wikidata QID",
            "sort=random | sort must be one of relevance, date",
            "copies=some | copies must be one of collapse, include",
            "/timeline?interval=hour | interval must be day, week, month or year",
            "/facets?top=0 | top must be a whole number from 1 to 50",
            "/facets?from=nope | from must be an ISO-8601 date"})
    void invalidParametersAreA400WithAMessage(String query, String message) throws Exception {
        String path = query.startsWith("/") ? "/api/articles" + query : "/api/articles?" + query;
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(r.body()).get("message").asString()).startsWith(message);
    }

    @Test
    void anUndecodableMessageIsDeadLetteredWithItsReason() {
        Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "dlt-reader", false);
        try (var consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.ENRICHED_DLT));
            List<String> reasons = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> reasons.add(r.key() + ": "
                        + new String(r.headers().lastHeader(Topics.REASON_HEADER).value(), StandardCharsets.UTF_8)));
                assertThat(reasons).anySatisfy(r -> assertThat(r).startsWith("bad: not a valid EnrichedArticle"));
            });
        }
    }

    @Test
    void oneArticleComesWithItsTextAndAnUnknownOrMalformedIdIsAClearError() throws Exception {
        JsonNode article = get("/api/articles/" + TALKS.id());
        assertThat(article.get("text").asString()).startsWith("Russian President Vladimir Putin held talks");
        assertThat(article.get("title").asString()).isEqualTo(TALKS.title());
        HttpResponse<String> missing = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/articles/"
                + "0".repeat(64))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(missing.body()).get("message").asString()).startsWith("no article 000");
        HttpResponse<String> malformed = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/articles/nope"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(malformed.statusCode()).isEqualTo(400);
    }

    @Test
    void reportsOfOneVisitBecomeOneEventThatTurnsFromPlannedToOccurred() throws Exception {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(get("/api/events?actor=Q200881").get("events")
                .get(0).get("articleCount").asInt()).isEqualTo(3));
        JsonNode list = get("/api/events?actor=Q200881");
        assertThat(list.get("total").asLong()).isEqualTo(1);
        JsonNode event = list.get("events").get(0);
        assertThat(event.get("status").asString()).isEqualTo("occurred");
        assertThat(event.get("cameo").asString()).isEqualTo("042");
        assertThat(event.get("languageCount").asInt()).isEqualTo(2);
        assertThat(event.get("date").asString()).isEqualTo("2024-05-08");
        assertThat(event.get("firstSeen").asString()).isEqualTo("2024-05-04T09:00:00Z");
        assertThat(get("/api/events?status=planned").get("total").asLong()).isZero();
        assertThat(get("/api/events?type=VISIT&country=Q649&from=2024-05-01&to=2024-05-31").get("total").asLong()).isEqualTo(1);
        assertThat(get("/api/events?from=2024-06-01").get("total").asLong()).isZero();
        // the visit to Moscow is on the map in Russia, whose capital it is, and the country's list has it
        JsonNode map = get("/api/events/map?type=VISIT");
        assertThat(map.get("total").asLong()).isEqualTo(1);
        assertThat(map.get("countries").get(0).get("country").get("id").asString()).isEqualTo("Q159");
        assertThat(map.get("countries").get(0).get("events").asLong()).isEqualTo(1);
        assertThat(map.get("unplaced").asLong() + map.get("unmapped").asLong()).isZero();
        assertThat(get("/api/events?country=Q159").get("total").asLong()).isEqualTo(1);
        assertThat(get("/api/events/map?country=Q148").get("countries")).isEmpty();
        JsonNode one = get("/api/events/" + event.get("id").asString());
        assertThat(one.get("reports")).hasSize(3);
        assertThat(one.get("history")).extracting(h -> h.get("status").asString()).containsExactly("planned", "occurred");
    }

    @Test
    void everyMergeOfAReportPublishesTheEventAsMergedAReplayIncluded() {
        Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "events-reader", false);
        try (var consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.EVENTS));
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                assertThat(records).hasSize(VISIT_REPORTS.size());
            });
            List<MergedEvent> events = records.stream().map(r -> MessageCodec.decode(r.value(), MergedEvent.class)).toList();
            assertThat(records).extracting(ConsumerRecord::key).containsOnly(events.get(0).id());
            assertThat(events).extracting(MergedEvent::status)
                    .containsExactly(Event.PLANNED, Event.PLANNED, Event.OCCURRED, Event.OCCURRED);
            assertThat(events).extracting(MergedEvent::articleCount).containsExactly(1, 2, 3, 3);
            // the replay left the event as it was, and says so again
            assertThat(events.get(3)).isEqualTo(events.get(2));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "?type=PICNIC | type must be one of",
            "?status=maybe | status must be one of [planned, occurred, denied, cancelled]",
            "?actor=Tokayev | actor must be a Wikidata QID",
            "?from=May | from must be a date as YYYY-MM-DD",
            "?from=2024-06-01&to=2024-05-01 | from (2024-06-01) is after to",
            "?size=1000 | size must be a whole number from 1 to 100",
            "/map?status=maybe | status must be one of [planned, occurred, denied, cancelled]",
            "/nope | an event id is 24 lower-case hex characters"})
    void invalidEventRequestsAreA400WithAMessage(String query, String message) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/events" + query)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(r.body()).get("message").asString()).startsWith(message);
    }

    @Test
    void anUnknownEventIsA404AndAnUndecodableReportIsDeadLettered() throws Exception {
        HttpResponse<String> missing = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/events/" + "0".repeat(24))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode()).isEqualTo(404);
        Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "event-dlt-reader", false);
        try (var consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.EVENT_MENTIONS_DLT));
            List<String> reasons = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> reasons.add(r.key() + ": "
                        + new String(r.headers().lastHeader(Topics.REASON_HEADER).value(), StandardCharsets.UTF_8)));
                assertThat(reasons).anySatisfy(r -> assertThat(r).startsWith("VISIT|Q1: not a valid EventMention"));
            });
        }
    }

    @Test
    void theArticlesOfAnyQueryExportAsNdjsonOrCsv() throws Exception {
        HttpResponse<String> ndjson = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/articles/export")).header("X-API-Key", READ_KEY).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ndjson.statusCode()).isEqualTo(200);
        assertThat(ndjson.headers().firstValue("Content-Type").orElse("")).startsWith("application/x-ndjson");
        List<String> lines = ndjson.body().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines).allSatisfy(l -> assertThat(JSON.readTree(l).get("text").asString()).isNotEmpty());
        HttpResponse<String> csv = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/articles/export?format=csv&lang=ar")).header("X-API-Key", READ_KEY)
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        List<String> rows = csv.body().lines().toList();
        assertThat(rows.get(0)).isEqualTo("id,url,title,lang,publishedAt,source,authors,siteName,description,entities,events,text");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).contains("Kassym-Jomart Tokayev; Vladimir Putin").contains(",ar,");
        HttpResponse<String> two = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/articles/export?limit=2")).header("X-API-Key", READ_KEY).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(two.body().lines()).hasSize(2);
        HttpResponse<String> bad = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/articles/export?format=xml")).header("X-API-Key", READ_KEY).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).get("message").asString()).isEqualTo("format must be ndjson or csv, was 'xml'");
        HttpResponse<String> keyless = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/articles/export")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(keyless.statusCode()).isEqualTo(401);
        HttpResponse<String> tooMany = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/articles/export?limit=10001"))
                .header("X-API-Key", READ_KEY).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(tooMany.body()).get("message").asString()).contains("an export is at most 10000 articles");
    }

    @Test
    void theServiceServesItsOpenApiDocumentAndAPageToTryIt() throws Exception {
        JsonNode doc = get("/v3/api-docs");
        assertThat(doc.get("info").get("title").asString()).isEqualTo("newsroom query API");
        assertThat(doc.get("paths").propertyNames()).contains("/api/articles", "/api/articles/{id}", "/api/articles/facets",
                "/api/articles/timeline", "/api/articles/export", "/api/entities", "/api/entities/{id}", "/api/events",
                "/api/events/{id}", "/api/events/map", "/api/events/dyads");
        assertThat(doc.get("paths").get("/api/articles").get("get").get("parameters")).extracting(p -> p.get("name").asString())
                .contains("q", "lang", "from", "to", "entity", "entityType", "country", "eventType", "source", "sort", "cursor");
        // the events list and the map share one record of filters, documented as query parameters of each
        assertThat(doc.get("paths").get("/api/events").get("get").get("parameters")).extracting(p -> p.get("name").asString())
                .containsExactlyInAnyOrder("q", "lang", "source", "type", "status", "actor", "sourceActor", "targetActor", "country",
                        "from", "to", "plover", "quad", "size");
        assertThat(doc.get("paths").get("/api/events/map").get("get").get("parameters")).extracting(p -> p.get("name").asString())
                .containsExactlyInAnyOrder("q", "lang", "source", "type", "status", "actor", "sourceActor", "targetActor", "country",
                        "from", "to", "plover", "quad");
        HttpResponse<String> ui = http.send(HttpRequest.newBuilder(URI.create(base() + "/swagger-ui/index.html")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ui.statusCode()).isEqualTo(200);
    }

    @Test
    void healthIncludesTheSearchCluster() throws Exception {
        JsonNode health = get("/actuator/health");
        assertThat(health.get("status").asString()).isEqualTo("UP");
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
