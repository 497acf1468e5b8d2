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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.newsroom.localstack.Ports;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * End to end: the seed pages, served by the sample site, go through the real broker, the three service jars and
 * the real search node, and come back through the HTTP API. Then everything stops.
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
            assertThat(get(api + "?q=" + URLEncoder.encode("توكايف", StandardCharsets.UTF_8)).get("total").asLong())
                    .isEqualTo(1);
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

    private JsonNode get(String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JsonMapper.builder().build().readTree(r.body());
    }
}
