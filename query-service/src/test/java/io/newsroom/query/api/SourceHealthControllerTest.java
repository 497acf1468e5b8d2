package io.newsroom.query.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.sun.net.httpserver.HttpServer;

import io.newsroom.query.QueryProperties;

/**
 * Source health passed through from the ingest service, here a local HTTP server that answers as the test says;
 * whatever goes wrong there is a 503 with a message.
 */
@WebMvcTest(SourceHealthController.class)
@EnableConfigurationProperties(QueryProperties.class)
class SourceHealthControllerTest {

    private static final HttpServer INGEST = ingest();
    /** The status the ingest service answers with; 0: it drops the connection without an answer. */
    private static volatile int ingestStatus = 200;

    private static HttpServer ingest() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/api/sources", x -> {
                if (ingestStatus == 0) {
                    x.close();
                    return;
                }
                byte[] body = "{\"sources\":[{\"id\":\"sample-site\"}]}".getBytes(StandardCharsets.UTF_8);
                x.sendResponseHeaders(ingestStatus, body.length);
                x.getResponseBody().write(body);
                x.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void ingestUrl(DynamicPropertyRegistry registry) {
        registry.add("newsroom.query.ingest-url", () -> "http://127.0.0.1:" + INGEST.getAddress().getPort() + "/");
    }

    @AfterAll
    static void stop() {
        INGEST.stop(0);
    }

    @Autowired
    MockMvc mvc;

    @Test
    void theIngestServicesAnswerIsPassedThroughAsJson() throws Exception {
        ingestStatus = 200;
        mvc.perform(get("/api/sources"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(jsonPath("$.sources[0].id").value("sample-site"));
    }

    @Test
    void anIngestServiceThatFailsIsA503ThatSaysSo() throws Exception {
        ingestStatus = 500;
        mvc.perform(get("/api/sources"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.message").value("the ingest service answered 500 for source health"));
    }

    @Test
    void anIngestServiceThatDoesNotAnswerIsA503ThatSaysSo() throws Exception {
        ingestStatus = 0;
        mvc.perform(get("/api/sources"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.message").value("the ingest service (127.0.0.1:" + INGEST.getAddress().getPort()
                        + ") is not reachable for source health"));
    }
}
