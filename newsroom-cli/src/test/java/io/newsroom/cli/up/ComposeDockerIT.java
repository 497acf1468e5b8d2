package io.newsroom.cli.up;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.ComposeContainer;
import org.testcontainers.junit.jupiter.Testcontainers;

import io.newsroom.cli.kafka.Pipeline;
import io.newsroom.contracts.Topics;
import io.newsroom.localstack.HttpWait;
import io.newsroom.localstack.Ports;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The compose topology as a Docker user runs it, from the host's side: {@code docker-compose.yml} built and brought up
 * with two instances of each service (their host ports from the ranges, no clash), then {@code ./newsroom import-warc}
 * through the broker's outside listener and the README's curls against the published ports. Runs where a Docker
 * engine (with {@code docker compose}) exists; skipped elsewhere. The first run builds the images (several minutes).
 */
@Testcontainers(disabledWithoutDocker = true)
class ComposeDockerIT {

    private static final Duration UP = Duration.ofMinutes(25);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static String host;
    private static int kafkaPort;
    private static int searchPort;
    private static int[] queryPorts;
    private static int[] ingestPorts;
    private static int[] enrichPorts;
    private static ComposeContainer compose;

    @BeforeAll
    static void up() throws Exception {
        host = DockerClientFactory.instance().dockerHostIpAddress();
        kafkaPort = Ports.free();
        searchPort = Ports.free();
        queryPorts = twoFreePorts();
        ingestPorts = twoFreePorts();
        enrichPorts = twoFreePorts();
        // no public feeds in a test: the articles come from an archive
        Path sources = Files.writeString(Path.of("target", "compose-sources.yml").toAbsolutePath(), "sources: []\n");
        compose = new ComposeContainer(new File("../docker-compose.yml"))
                .withEnv(Map.of("NEWSROOM_KAFKA_HOST", host, "NEWSROOM_KAFKA_PORT", String.valueOf(kafkaPort),
                        "NEWSROOM_ELASTICSEARCH_PORT", String.valueOf(searchPort),
                        "NEWSROOM_QUERY_PORTS", range(queryPorts), "NEWSROOM_INGEST_PORTS", range(ingestPorts),
                        "NEWSROOM_ENRICH_PORTS", range(enrichPorts), "NEWSROOM_SOURCES", sources.toString(),
                        "NEWSROOM_API_KEY", "compose-test-key",
                        // ports other than the API's listen on loopback only, unless the engine runs elsewhere
                        "NEWSROOM_BIND", List.of("localhost", "127.0.0.1").contains(host) ? "127.0.0.1" : "0.0.0.0"))
                .withBuild(true)
                .withScaledService("ingest", 2)
                .withScaledService("enrich", 2)
                .withScaledService("query", 2)
                .withRemoveVolumes(true)
                .withStartupTimeout(UP);
        compose.start();
        for (int port : new int[] {queryPorts[0], queryPorts[1], ingestPorts[0], ingestPorts[1], enrichPorts[0],
                enrichPorts[1]}) {
            assertThat(HttpWait.until("http://" + host + ":" + port + "/actuator/health",
                    r -> r.statusCode() == 200 && r.body().contains("\"UP\""), UP, null))
                    .as("an instance healthy on host port %d", port).isTrue();
        }
    }

    @AfterAll
    static void down() {
        if (compose != null) {
            compose.stop();
        }
    }

    @Test
    void theCliImportsThroughTheOutsideListenerAndTheReadmesCurlsAnswerOnEveryScaledInstance() throws Exception {
        String broker = host + ":" + kafkaPort;
        try (Admin admin = Pipeline.admin(broker)) {
            assertThat(admin.describeTopics(List.of(Topics.FRONTIER)).allTopicNames().get(30, TimeUnit.SECONDS)
                    .get(Topics.FRONTIER).partitions()).as("partitions from NEWSROOM_TOPIC_PARTITIONS").hasSize(6);
        }
        Path warc = SeedArchive.write(Path.of("target", "compose-seeds.warc.gz"), Map.of(
                "victory-day", "worlddesk/victory-day-leaders.html", "tokayev", "arabic/tokayev-visit.html",
                "lavrov", "tdi/lavrov-tajikistan.html", "talks", "almayadeen/putin-xi-talks.html",
                "uzbekistan", "cambarysu/russia-uzbekistan.html"));
        Process cli = new ProcessBuilder("../newsroom", "import-warc", "--broker", broker, warc.toString())
                .redirectErrorStream(true).start();
        String out = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(cli.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(cli.exitValue()).as(out).isZero();
        assertThat(out).contains("5 pages (5 new, 0 changed, 0 unchanged)", "ingest took all 5 queued page(s)");

        for (int port : queryPorts) {
            String api = "http://" + host + ":" + port + "/api/articles";
            assertThat(HttpWait.until(api + "?q=Putin", r -> r.statusCode() == 200
                    && JSON.readTree(r.body()).get("total").asLong() >= 3, Duration.ofMinutes(3), null))
                    .as("q=Putin on query instance at %d", port).isTrue();
            assertThat(get(api + "?q=Tokayev").get("items")).extracting(i -> i.get("lang").asString()).contains("ar");
            assertThat(get(api + "?entity=Q200881").get("total").asLong()).isPositive();
            assertThat(get(api + "?q=Lavrov").get("total").asLong()).isPositive();
            assertThat(get(api + "?lang=ar").get("total").asLong()).isEqualTo(1);
            assertThat(get(api + "?q=" + URLEncoder.encode("توكايف", StandardCharsets.UTF_8)).get("total").asLong())
                    .isPositive();
        }
        for (int port : ingestPorts) {
            assertThat(get("http://" + host + ":" + port + "/api/sources").isArray()).isTrue();
        }
        // the article indices' lifecycle: behind the read and the write alias
        HttpResponse<String> aliases = HTTP.send(HttpRequest.newBuilder(URI.create("http://" + host + ":" + searchPort
                + "/_alias/newsroom-articles-write")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(aliases.statusCode()).as(aliases.body()).isEqualTo(200);
    }

    private static JsonNode get(String url) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(url + ": " + r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    /** Two consecutive free ports: the host range of a service scaled to two. */
    private static int[] twoFreePorts() {
        while (true) {
            int p = Ports.free();
            if (!Ports.listening(p + 1)) {
                return new int[] {p, p + 1};
            }
        }
    }

    private static String range(int[] ports) {
        return ports[0] + "-" + ports[1];
    }
}
