package io.newsroom.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;

class LocalElasticsearchIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theNodeHasTheLanguageAnalyzersAndStopsWithItsOwner() throws Exception {
        int port;
        try (LocalElasticsearch es = LocalElasticsearch.temporary(StackPaths.fromBuild(), "256m").start(Duration.ofMinutes(3))) {
            port = es.port();
            // english stems "talks" to "talk"; arabic strips the definite article from "الرئيس"
            assertThat(analyze(es, "english", "talks")).contains("\"token\":\"talk\"");
            assertThat(analyze(es, "arabic", "الرئيس")).contains("\"token\":\"رئيس\"");
            assertThat(analyze(es, "russian", "Путина")).contains("\"token\":\"путин\"");
        }
        assertThat(Ports.listening(port)).isFalse();
    }

    private String analyze(LocalElasticsearch es, String analyzer, String text) throws Exception {
        String body = "{\"analyzer\":\"" + analyzer + "\",\"text\":\"" + text + "\"}";
        HttpRequest req = HttpRequest.newBuilder(URI.create(es.url() + "/_analyze"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body();
    }
}
