package io.newsroom.cli.up;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.newsroom.cli.reprocess.ReprocessCommand;
import io.newsroom.cli.warc.ImportWarcCommand;
import io.newsroom.localstack.Ports;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * End to end: the seed pages, served by the sample site, go through the real broker, the three service jars and
 * the real search node, and come back through the HTTP API with their entities; an archive imported twice adds its
 * pages once; reprocessing enriches every stored article again. Then everything stops.
 */
class LocalPipelineIT {

    @TempDir
    Path state;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theSamplePagesFlowFromTheSiteToTheSearchApiAndStopLeavesNothingRunning() throws Exception {
        PipelineOptions.Ports ports = new PipelineOptions.Ports(Ports.free(), Ports.free(), Ports.free(), Ports.free(),
                Ports.free(), Ports.free());
        Path home = Path.of("..").toAbsolutePath().normalize();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        List<ProcessHandle> children = new ArrayList<>();
        String api;
        try (LocalPipeline pipeline = new LocalPipeline(new PipelineOptions(home, state, null, ports),
                new PrintStream(log, true, StandardCharsets.UTF_8)).start()) {
            children.addAll(ProcessHandle.current().descendants().toList());
            api = pipeline.queryUrl() + "/api/articles";

            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                    .untilAsserted(() -> assertThat(get(api + "?size=100").get("total").asLong()).isEqualTo(5));

            assertThat(get(api + "?q=Putin").get("total").asLong()).isGreaterThanOrEqualTo(3);
            JsonNode lavrov = get(api + "?q=Lavrov");
            assertThat(lavrov.get("items")).anySatisfy(
                    item -> assertThat(item.get("url").asString()).endsWith("/tdi/lavrov-tajikistan"));
            JsonNode arabic = get(api + "?lang=ar");
            assertThat(arabic.get("total").asLong()).isEqualTo(1);
            assertThat(arabic.get("items").get(0).get("title").asString())
                    .isEqualTo("سفير: زيارة رئيس كازاخستان إلى روسيا ستتم في الفترة من 8 - 9 مايو");
            // an Arabic name finds the Arabic page by its words and the English one that writes "Tokaïev" by his identity
            assertThat(get(api + "?q=" + URLEncoder.encode("توكايف", StandardCharsets.UTF_8)).get("items"))
                    .extracting(i -> i.get("lang").asString()).containsExactlyInAnyOrder("ar", "en");

            // diplomatic events, one record per happening
            String events = pipeline.queryUrl() + "/api/events";
            await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> {
                assertThat(get(events + "?type=TALKS&actor=Q7747").get("total").asLong()).as(get(events + "?size=100").toString()).isEqualTo(1);
                assertThat(get(events + "?type=VISIT&actor=Q200881").get("total").asLong()).as(get(events + "?size=100").toString()).isEqualTo(1);
            });
            JsonNode talks = get(events + "?type=TALKS&actor=Q7747").get("events").get(0);
            assertThat(talks.get("date").asString()).isEqualTo("2025-05-08");
            assertThat(talks.get("place").get("name").asString()).isEqualTo("Moscow");
            JsonNode visit = get(events + "?type=VISIT&actor=Q200881").get("events").get(0);
            assertThat(visit.get("status").asString()).isEqualTo("planned");
            assertThat(visit.get("date").asString()).isEqualTo("2024-05-08");
            assertThat(visit.get("languages")).extracting(JsonNode::asString).containsExactly("ar");

            // an archive imported into the running pipeline; the same archive again adds nothing
            // three seed pages captured under other URLs, and an image
            Path warc = SeedArchive.write(state.resolve("crawl.warc.gz"), Map.of("lavrov", "tdi/lavrov-tajikistan.html",
                    "uzbekistan", "cambarysu/russia-uzbekistan.html", "talks", "almayadeen/putin-xi-talks.html"));
            // followed to the index: the lines of a plain import, then the backfill's own
            String first = importWarc(pipeline, warc, "--backfill");
            assertThat(first).contains("crawl.warc.gz: 4 records, 3 pages (3 new, 0 changed, 0 unchanged), 1 skipped, "
                    + "0 rejected").contains("ingest took all 3 queued page(s)")
                    .containsPattern("import-warc: backfill \\d+ s: \\d+ articles indexed, [0-9.]+ pages/s; behind: "
                            + "ingest \\d+, enrich \\d+, query-indexer \\d+\n")
                    .contains("import-warc: all 3 page(s) indexed (or dead-lettered) ");
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                    .untilAsserted(() -> assertThat(get(api + "?size=100&copies=include").get("total").asLong()).isEqualTo(8));
            assertThat(get(api + "?q=Lavrov&copies=include").get("items")).anySatisfy(
                    item -> assertThat(item.get("url").asString()).isEqualTo("https://archive.example/lavrov"));
            // the archived pages are copies of stories already indexed: one item each, counting its copy
            assertThat(get(api + "?size=100").get("total").asLong()).isEqualTo(5);
            assertThat(get(api + "?q=Lavrov").get("items")).singleElement().satisfies(item -> {
                assertThat(item.get("url").asString()).endsWith("/tdi/lavrov-tajikistan");
                assertThat(item.get("copies").asLong()).isEqualTo(1);
            });
            String second = importWarc(pipeline, warc);
            assertThat(second).contains("3 pages (0 new, 0 changed, 3 unchanged)").doesNotContain("waiting for ingest");
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(500))
                    .untilAsserted(() -> assertThat(get(api + "?size=100&copies=include").get("total").asLong()).isEqualTo(8));
            // the talks page under another URL is a copy of the same story: reported twice, counted once
            String talksId = talks.get("id").asString();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(get(events + "/" + talksId).get("reports")).hasSize(2));
            assertThat(get(events + "/" + talksId).get("articleCount").asInt()).isEqualTo(1);
            assertThat(get(events + "/" + talksId).get("copyCount").asInt()).isEqualTo(1);

            // entities reach the API; reprocessing enriches every stored article again, in place
            String arabicId = arabic.get("items").get(0).get("id").asString();
            JsonNode before = get(api + "/" + arabicId);
            assertThat(before.get("entities")).anySatisfy(e -> assertThat(e.get("id").asString()).isEqualTo("Q200881"));
            // a name in Latin letters finds the Arabic article through its entity
            assertThat(get(api + "?q=Tokayev").get("items")).extracting(i -> i.get("id").asString()).contains(arabicId);
            assertThat(get(api + "?entity=Q200881").get("items")).extracting(i -> i.get("id").asString()).contains(arabicId);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int code = new ReprocessCommand().run(List.of("--broker", pipeline.kafkaBootstrap()),
                    new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
            assertThat(code).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("reprocess: 8 article(s) queued")
                    .contains("enrich re-enriched all");
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(get(api + "/" + arabicId)
                    .get("enrichedAt").asString()).isNotEqualTo(before.get("enrichedAt").asString()));
            // re-enriching makes no second document and no second event or report
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(500))
                    .untilAsserted(() -> {
                        assertThat(get(api + "?size=100&copies=include").get("total").asLong()).isEqualTo(8);
                        assertThat(get(events + "?type=TALKS&actor=Q7747").get("total").asLong()).isEqualTo(1);
                        assertThat(get(events + "/" + talksId).get("reports")).hasSize(2);
                    });
        }
        assertThat(children).as("the pipeline started child processes").isNotEmpty();
        for (ProcessHandle child : children) {
            assertThat(child.isAlive()).as("process %s still running after stop", child.pid()).isFalse();
        }
        for (int port : List.of(ports.query(), ports.ingest(), ports.enrich(), ports.kafka(), ports.search(), ports.site())) {
            assertThat(Ports.listening(port)).as("port %d still open after stop", port).isFalse();
        }
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("Kafka and Elasticsearch ready",
                "query, enrich and ingest services ready");
    }

    private static String importWarc(LocalPipeline pipeline, Path warc, String... options) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(List.of("--broker", pipeline.kafkaBootstrap()));
        args.addAll(List.of(options));
        args.add(warc.toString());
        int code = new ImportWarcCommand().run(args,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    private JsonNode get(String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JsonMapper.builder().build().readTree(r.body());
    }
}
