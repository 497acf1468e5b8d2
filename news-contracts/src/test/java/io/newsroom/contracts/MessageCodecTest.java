package io.newsroom.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class MessageCodecTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final EntityRef TOKAYEV = new EntityRef("Q200881", "Kassym-Jomart Tokayev", "PERSON");

    static RawArticle raw() {
        String url = "https://example.org/a";
        return new RawArticle(1, ArticleId.of(url), url, url, url, "src", 1, Instant.parse("2024-05-04T10:00:00Z"),
                "text/html", "windows-1256", "<p>مرحبا</p>", new ItemHints("t", null, "ar", List.of("politics")));
    }

    @Test
    void rawArticleSurvivesARoundTripWithNonLatinText() {
        RawArticle back = MessageCodec.decode(MessageCodec.encode(raw()), RawArticle.class);
        assertThat(back).isEqualTo(raw());
    }

    @Test
    void garbageIsAnInvalidMessageWithAReason() {
        assertThatThrownBy(() -> MessageCodec.decode("{not json".getBytes(StandardCharsets.UTF_8), RawArticle.class))
                .isInstanceOf(InvalidMessageException.class)
                .hasMessageStartingWith("not a valid RawArticle");
        assertThatThrownBy(() -> MessageCodec.decode(new byte[0], RawArticle.class))
                .isInstanceOf(InvalidMessageException.class);
    }

    @Test
    void aMessageMissingItsIdIsInvalid() {
        assertThatThrownBy(() -> MessageCodec.decode("{\"schemaVersion\":1,\"url\":\"u\"}".getBytes(StandardCharsets.UTF_8),
                RawArticle.class)).isInstanceOf(InvalidMessageException.class).hasMessageContaining("id");
    }

    @Test
    void anUnknownSchemaVersionIsRefused() {
        byte[] v2 = new String(MessageCodec.encode(raw()), StandardCharsets.UTF_8)
                .replace("\"schemaVersion\":1", "\"schemaVersion\":2").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> MessageCodec.decode(v2, RawArticle.class))
                .isInstanceOf(InvalidMessageException.class).hasMessageContaining("schemaVersion 2");
    }

    @Test
    void unknownFieldsFromANewerProducerAreTolerated() {
        byte[] extra = new String(MessageCodec.encode(raw()), StandardCharsets.UTF_8)
                .replaceFirst("\\{", "{\"futureField\":42,").getBytes(StandardCharsets.UTF_8);
        assertThat(MessageCodec.decode(extra, RawArticle.class).id()).isEqualTo(raw().id());
    }

    @Test
    void schemasDescribeExactlyTheRecordsFields() throws Exception {
        assertSchemaMatches("/schemas/raw-article.v1.schema.json", RawArticle.class, MessageCodec.encode(raw()));
        EnrichedArticle enriched = new EnrichedArticle(1, raw().id(), raw().url(), "src", 1, "t", "x", "ar", null,
                List.of("A"), Instant.now(), Instant.now(), Instant.now(), "summary", "https://example.org/i.jpg", "Site",
                List.of(new Entity("Q200881", "Kassym-Jomart Tokayev", "PERSON", 1.0,
                        List.of(new Entity.Mention("text", 0, 6, "Токаев")))), List.of(event()), "00ff00ff00ff00ff",
                "Reuters");
        assertSchemaMatches("/schemas/enriched-article.v1.schema.json", EnrichedArticle.class, MessageCodec.encode(enriched));
        assertThat(MessageCodec.decode(MessageCodec.encode(enriched), EnrichedArticle.class)).isEqualTo(enriched);
        EventMention mention = new EventMention(1, raw().id(), 1, 0, raw().url(), "src", "ar", "00ff00ff00ff00ff", null,
                Instant.now(), event());
        assertSchemaMatches("/schemas/event-mention.v1.schema.json", EventMention.class, MessageCodec.encode(mention));
        assertThat(MessageCodec.decode(MessageCodec.encode(mention), EventMention.class)).isEqualTo(mention);
        FrontierEntry entry = new FrontierEntry(1, raw().id(), raw().url(), raw().canonicalUrl(), "warc:a.warc.gz",
                Instant.now(), Instant.now(), ItemHints.none(), new FrontierEntry.Capture(raw().url(), Instant.now(),
                        "text/html", "UTF-8", "<p>x</p>"), 0);
        assertSchemaMatches("/schemas/frontier-entry.v1.schema.json", FrontierEntry.class, MessageCodec.encode(entry));
        Alert alert = new Alert(1, "0123456789abcdef0123456789abcdef", "rule-1", "Lavrov", Alert.ARTICLE, Instant.now(),
                new Alert.ArticleHit(raw().id(), raw().url(), "t", "src", "en", null, Instant.now(), "x"), null, null);
        assertSchemaMatches("/schemas/alert.v1.schema.json", Alert.class, MessageCodec.encode(alert));
        assertThat(MessageCodec.decode(MessageCodec.encode(alert), Alert.class)).isEqualTo(alert);
        MergedEvent merged = merged(event());
        assertSchemaMatches("/schemas/merged-event.v1.schema.json", MergedEvent.class, MessageCodec.encode(merged));
        assertThat(MessageCodec.decode(MessageCodec.encode(merged), MergedEvent.class)).isEqualTo(merged);
    }

    @Test
    void aMergedEventStoredBeforeItHadASchemaVersionIsVersionOneAndAnotherVersionIsRefused() {
        MergedEvent e = merged(event());
        MergedEvent unversioned = new MergedEvent(0, e.id(), e.mergeKey(), e.family(), e.type(), e.cameo(), e.plover(),
                e.status(), e.actors(), e.actorIds(), e.sourceActors(), e.targetActors(), e.place(), e.date(), e.endDate(),
                e.evidence(), e.trigger(), e.confidence(),
                e.firstSeen(), e.lastSeen(), e.articleCount(), e.copyCount(), e.sourceCount(), e.languageCount(),
                e.languages(), e.sources(), e.reports(), e.history(), null);
        assertThat(unversioned).isEqualTo(e);
        byte[] v2 = new String(MessageCodec.encode(e), StandardCharsets.UTF_8)
                .replace("\"schemaVersion\":1", "\"schemaVersion\":2").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> MessageCodec.decode(v2, MergedEvent.class)).hasMessageContaining("schemaVersion 2");
    }

    private static MergedEvent merged(Event e) {
        Instant seen = Instant.parse("2024-05-04T09:00:00Z");
        return new MergedEvent(1, "87660ad1cd754841dfe7bea4", "VISIT|Q200881", "VISIT", e.type(), e.cameo(), e.plover(),
                e.status(), e.actors(), List.of("Q200881"), e.sourceActors(), e.targetActors(), e.place(), e.date(), e.endDate(),
                e.evidence(), e.trigger(), e.confidence(),
                seen, seen, 1, 0, 1, 1, List.of("ar"), List.of("src"),
                List.of(new MergedEvent.Report(raw().id(), 1, 0, raw().url(), "src", "ar", "00ff00ff00ff00ff", e.status(),
                        e.type(), e.date(), seen, null, e.evidence(), e.trigger(), null)),
                List.of(new MergedEvent.StatusChange(e.status(), seen, raw().id())), null);
    }

    private static void assertSchemaMatches(String schemaPath, Class<? extends Record> type, byte[] encoded) throws Exception {
        JsonNode schema;
        try (InputStream in = MessageCodecTest.class.getResourceAsStream(schemaPath)) {
            schema = JSON.readTree(in);
        }
        Set<String> components = Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).collect(Collectors.toSet());
        assertThat(schema.get("properties").propertyNames()).containsExactlyInAnyOrderElementsOf(components);
        JsonNode message = JSON.readTree(encoded);
        for (JsonNode required : schema.get("required")) {
            assertThat(message.has(required.asString())).as("encoded message has %s", required).isTrue();
        }
        assertThat(message.get("schemaVersion").asInt()).isEqualTo(schema.get("properties").get("schemaVersion").get("const").asInt());
    }

    private static Event event() {
        return new Event("VISIT", "036", "AGREE", Event.PLANNED,
                List.of(TOKAYEV), List.of(TOKAYEV), List.of(), new EntityRef("Q649", "Moscow", "PLACE"),
                LocalDate.of(2024, 5, 8), LocalDate.of(2024, 5, 9), "…يعتزم زيارة موسكو", new Span(7, 12), 0.9, null);
    }

    @Test
    void mentionsOfOneHappeningShareAMergeKeyWhateverTheWordingOrActorOrder() {
        Event visit = event();
        Event hosted = new Event("HOSTED_VISIT", "043", "CONSULT", Event.OCCURRED,
                List.of(new EntityRef("Q159", "Russia", "COUNTRY"), TOKAYEV), List.of(), List.of(),
                null, LocalDate.of(2024, 5, 8), null, "Russia hosted Tokayev", null, 0.8, null);
        Event talks = new Event("TALKS", "046", "CONSULT", Event.OCCURRED, visit.actors(), List.of(), List.of(), null, null, null, "", null, 0.5, null);
        assertThat(mention(visit).mergeKey()).isEqualTo(mention(hosted).mergeKey()).isEqualTo("VISIT|Q200881");
        assertThat(mention(talks).mergeKey()).isEqualTo("MEETING|Q200881");
    }

    private static EventMention mention(Event e) {
        return new EventMention(1, raw().id(), 1, 0, null, null, null, null, null, Instant.now(), e);
    }

    @Test
    void articleIdIsTheSha256OfTheCanonicalUrl() {
        // echo -n 'https://example.org/a' | sha256sum
        assertThat(ArticleId.of("https://example.org/a")).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(ArticleId.of("https://example.org/a")).isEqualTo(ArticleId.of("https://example.org/a"));
        assertThat(ArticleId.of("https://example.org/a")).isNotEqualTo(ArticleId.of("https://example.org/b"));
    }

    @Test
    void articleIdReadsHttpAsHttpsAndDropsALeadingWww() {
        String id = ArticleId.of("https://example.org/a");
        assertThat(ArticleId.of("http://example.org/a")).isEqualTo(id);
        assertThat(ArticleId.of("http://www.example.org/a")).isEqualTo(id);
        assertThat(ArticleId.of("https://www.example.org/a")).isEqualTo(id);
        assertThat(ArticleId.identity("http://www.example.org:8080/a?x=1")).isEqualTo("https://example.org:8080/a?x=1");
        // other labels, and a www that is the whole name, are part of the identity
        assertThat(ArticleId.of("https://news.example.org/a")).isNotEqualTo(id);
        assertThat(ArticleId.identity("http://www.com/a")).isEqualTo("https://www.com/a");
        assertThat(ArticleId.identity("http://www.example.org/www.html")).isEqualTo("https://example.org/www.html");
    }
}
