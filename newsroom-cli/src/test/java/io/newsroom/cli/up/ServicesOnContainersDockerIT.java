package io.newsroom.cli.up;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

import io.newsroom.localstack.ChildProcess;
import io.newsroom.localstack.Ports;
import tools.jackson.databind.json.JsonMapper;

/**
 * The three service jars against Testcontainers' Kafka (the official apache/kafka image compose runs) and
 * Elasticsearch (the official 8.19 image, with every module, unlike the Maven Central build the local stack uses):
 * the sample site's pages go through and come back from the search API, the Arabic one through the image's own
 * Arabic analyzer. Runs where a Docker engine exists; skipped elsewhere.
 */
@Testcontainers(disabledWithoutDocker = true)
class ServicesOnContainersDockerIT {

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.2");

    @Container
    static final ElasticsearchContainer ELASTICSEARCH = new ElasticsearchContainer(
            "docker.elastic.co/elasticsearch/elasticsearch:8.19.21")
            .withEnv("xpack.security.enabled", "false")
            .withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m");

    private static final Duration START = Duration.ofMinutes(3);

    @TempDir
    Path state;

    @Test
    void theSamplePagesGoThroughTheServicesOnTheOfficialImages() throws Exception {
        List<ChildProcess> services = new ArrayList<>();
        try (SampleSite site = SampleSite.start(Ports.free())) {
            Path sources = Files.writeString(state.resolve("sources.yml"), site.sources());
            int query = Ports.free();
            int ingest = Ports.free();
            Map<String, String> env = new HashMap<>();
            env.put("KAFKA_BOOTSTRAP_SERVERS", KAFKA.getBootstrapServers());
            env.put("ELASTICSEARCH_URIS", "http://" + ELASTICSEARCH.getHttpHostAddress());
            env.put("NEWSROOM_SOURCES_FILE", sources.toString());
            env.put("NEWSROOM_INGEST_URL", "http://127.0.0.1:" + ingest);
            env.put("NEWSROOM_INGEST_POLITENESS_PERHOSTDELAY", "50ms");
            env.put("JAVA_TOOL_OPTIONS", null);
            ServiceLauncher launcher = new ServiceLauncher(Path.of("..").toAbsolutePath().normalize(),
                    Files.createDirectories(state.resolve("logs")));
            Map<String, Integer> ports = Map.of("query-service", query, "enrich-service", Ports.free(), "ingest-service",
                    ingest);
            for (String service : List.of("query-service", "enrich-service", "ingest-service")) {
                services.add(launcher.start(service, service, ports.get(service), env, List.of()));
            }
            for (int i = 0; i < services.size(); i++) {
                launcher.awaitHealthy(services.get(i), ports.get(services.get(i).name()), START);
            }

            String api = "http://localhost:" + query + "/api/articles";
            assertThat(SearchProbe.awaitTotal(api + "?q=Putin", 3, START)).as("q=Putin").isTrue();
            assertThat(SearchProbe.awaitTotal(api + "?lang=ar", 1, Duration.ofSeconds(30))).as("lang=ar").isTrue();
            HttpResponse<String> arabic = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(api
                    + "?q=%D8%AA%D9%88%D9%83%D8%A7%D9%8A%D9%81")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(JsonMapper.builder().build().readTree(arabic.body()).get("items"))
                    .extracting(i -> i.get("lang").asString()).contains("ar");
        } finally {
            services.forEach(ChildProcess::close);
        }
    }
}
