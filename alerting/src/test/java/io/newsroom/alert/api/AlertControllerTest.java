package io.newsroom.alert.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import io.newsroom.alert.AlertHistory;
import io.newsroom.alert.AlertRecord;
import io.newsroom.alert.AlertRule;
import io.newsroom.alert.AlertSettings;
import io.newsroom.alert.AlertStream;
import io.newsroom.alert.RuleRequest;
import io.newsroom.alert.RuleStore;
import io.newsroom.kafka.TopicSettings;
import io.newsroom.search.BadRequestException;
import io.newsroom.web.ApiErrors;
import io.newsroom.web.NotFoundException;

/**
 * The alert API over HTTP, its rules, history and stream stubbed: the API key, the checks on ids and parameters,
 * and that every refusal is a 4xx (or a 503 when something it needs is away) with a message, never a 500.
 */
@WebMvcTest
@ContextConfiguration(classes = AlertControllerTest.Host.class)
class AlertControllerTest {

    private static final String KEY = "test-key";
    private static final String READ_KEY = "test-read-key";
    private static final String RULE_ID = "3f2a6c1e-8d4b-4f5e-9a7c-1b2d3e4f5a6b";
    private static final String ALERT_ID = "0123456789abcdef0123456789abcdef";
    private static final Instant T = Instant.parse("2026-11-27T10:00:00Z");
    private static final AlertRule RULE = new AlertRule(RULE_ID, "Lavrov", AlertRule.ARTICLES, "Lavrov", null, null, null,
            null, null, null, null, null, null, false, false, 0, List.of(), T, T, null, null);

    /** The alert API as a host serves it, with the key the property names (none when it is empty). */
    @Configuration(proxyBeanMethods = false)
    @Import({AlertApi.class, ApiErrors.class})
    static class Host {

        @Bean
        AlertSettings alertSettings(@Value("${test.api-key:" + KEY + "}") String apiKey,
                @Value("${test.read-key:" + READ_KEY + "}") String readKey) {
            return new AlertSettings(apiKey, readKey, new TopicSettings(1, (short) 1), 0, "alerts", "alerts", Duration.ofMinutes(1), "s3cret", List.of(),
                    Duration.ofSeconds(10), 6, Duration.ofSeconds(1), 20);
        }
    }

    @Autowired
    MockMvc mvc;

    @MockitoBean
    RuleStore rules;

    @MockitoBean
    AlertHistory history;

    @MockitoBean
    AlertStream stream;

    @BeforeEach
    void rulesLoaded() {
        when(rules.loaded()).thenReturn(true);
    }

    /** A GET with the read key. */
    private static MockHttpServletRequestBuilder read(String path) {
        return get(path).header("X-API-Key", READ_KEY);
    }

    private static MockHttpServletRequestBuilder read(URI path) {
        return get(path).header("X-API-Key", READ_KEY);
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @Test
    void changingRulesNeedsTheKey() throws Exception {
        for (MockHttpServletRequestBuilder write : List.of(json(post("/api/alert-rules"), "{\"name\":\"x\"}"),
                json(put("/api/alert-rules/" + RULE_ID), "{\"name\":\"x\"}"), post("/api/alert-rules/" + RULE_ID + "/mute"),
                post("/api/alert-rules/" + RULE_ID + "/unmute"), delete("/api/alert-rules/" + RULE_ID))) {
            mvc.perform(write)
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.message").value("missing or wrong X-API-Key"));
            mvc.perform(write.header("X-API-Key", "wrong")).andExpect(status().isUnauthorized());
        }
        verify(rules, never()).create(any());
    }

    @Test
    void readingRulesAndHistoryNeedsTheReadKeyOrTheWriteKey() throws Exception {
        when(rules.all()).thenReturn(List.of(RULE));
        when(rules.rule(RULE_ID)).thenReturn(Optional.of(RULE));
        for (String path : List.of("/api/alert-rules", "/api/alert-rules/" + RULE_ID, "/api/alerts", "/api/alerts/" + ALERT_ID,
                "/api/alerts/stream")) {
            mvc.perform(get(path))
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.status").value(401))
                    .andExpect(jsonPath("$.message", startsWith("missing or wrong X-API-Key")));
            mvc.perform(get(path).header("X-API-Key", "wrong")).andExpect(status().isUnauthorized());
        }
        // as a browser's stream reader asks for it: still a 401 the page can tell apart
        mvc.perform(get("/api/alerts/stream").accept(MediaType.TEXT_EVENT_STREAM)).andExpect(status().isUnauthorized());
        verifyNoInteractions(history, stream);
        mvc.perform(get("/api/alert-rules").header("X-API-Key", READ_KEY)).andExpect(status().isOk());
        mvc.perform(get("/api/alert-rules").header("X-API-Key", KEY)).andExpect(status().isOk());
    }

    @Test
    void theReadKeyChangesNothing() throws Exception {
        for (MockHttpServletRequestBuilder write : List.of(json(post("/api/alert-rules"), "{\"name\":\"x\"}"),
                json(put("/api/alert-rules/" + RULE_ID), "{\"name\":\"x\"}"), post("/api/alert-rules/" + RULE_ID + "/mute"),
                post("/api/alert-rules/" + RULE_ID + "/unmute"), delete("/api/alert-rules/" + RULE_ID))) {
            mvc.perform(write.header("X-API-Key", READ_KEY))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.message", startsWith("the read key cannot change anything")));
        }
        verify(rules, never()).create(any());
        verify(rules, never()).delete(any());
    }

    @Test
    void webhookUrlsAreAnsweredAsTheirHostOnly() throws Exception {
        AlertRule hooked = new AlertRule(RULE_ID, "Lavrov", AlertRule.ARTICLES, "Lavrov", null, null, null, null, null, null,
                null, null, null, false, false, 0, List.of("https://hooks.example.com/services/T0/B0/s3cr3t-token?sig=abc"), T, T, null, null);
        when(rules.all()).thenReturn(List.of(hooked));
        when(rules.rule(RULE_ID)).thenReturn(Optional.of(hooked));
        when(rules.create(any())).thenReturn(hooked);
        for (MockHttpServletRequestBuilder r : List.of(read("/api/alert-rules"), read("/api/alert-rules/" + RULE_ID),
                json(post("/api/alert-rules"), "{\"name\":\"Lavrov\"}").header("X-API-Key", KEY))) {
            String body = mvc.perform(r).andExpect(status().is2xxSuccessful()).andReturn().getResponse().getContentAsString();
            assertThat(body).contains("https://hooks.example.com/...").doesNotContain("s3cr3t-token").doesNotContain("sig=abc");
        }
        AlertRecord.WebhookDelivery call = new AlertRecord.WebhookDelivery("https://hooks.example.com/services/s3cr3t-token",
                "delivered", 1, 200, null, T, null);
        AlertRecord withCall = new AlertRecord(ALERT_ID, RULE_ID, "Lavrov", "ARTICLE", AlertRecord.DELIVERED, T, T, T, true,
                null, "Lavrov arrives", "a".repeat(64), null, null, Map.of("k1", call), null);
        when(history.get(ALERT_ID)).thenReturn(Optional.of(withCall));
        when(history.search(any(), any(), any(), any(), any(), any(), any(), anyInt())).thenReturn(List.of(withCall));
        for (String path : List.of("/api/alerts/" + ALERT_ID, "/api/alerts")) {
            String body = mvc.perform(read(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(body).contains("https://hooks.example.com/...").contains("delivered").doesNotContain("s3cr3t-token");
        }
    }

    @Test
    void aWebhookSentBackAsAnswersShowItIsA400() throws Exception {
        mvc.perform(json(post("/api/alert-rules"), "{\"name\":\"x\",\"webhooks\":[\"https://hooks.example.com/...\"]}")
                        .header("X-API-Key", KEY))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", startsWith("webhook 'https://hooks.example.com/...' is the shortened form")));
        verify(rules, never()).create(any());
    }

    @Test
    void theSettingsNeverPrintTheirKeysOrTheWebhookSecret() {
        AlertSettings s = new AlertSettings("write-secret", "read-secret", new TopicSettings(1, (short) 1), 0, "alerts",
                "alerts", Duration.ofMinutes(1), "webhook-secret", List.of(), Duration.ofSeconds(10), 6, Duration.ofSeconds(1), 20);
        assertThat(s.toString()).doesNotContain("write-secret").doesNotContain("read-secret").doesNotContain("webhook-secret")
                .contains("historyIndex=alerts");
    }

    @Nested
    @TestPropertySource(properties = "test.api-key=")
    class WithoutAKeyConfigured {

        @Test
        void changingRulesIsOffAndSaysHowToTurnItOn() throws Exception {
            mvc.perform(json(post("/api/alert-rules"), "{\"name\":\"x\"}").header("X-API-Key", ""))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.message").value("changing alert rules is disabled: set NEWSROOM_API_KEY to enable it"));
            mvc.perform(read("/api/alert-rules")).andExpect(status().isOk());
        }
    }

    @Test
    void aRuleIsCreatedAnd201AndAMistakeInItIsA400WithTheReason() throws Exception {
        when(rules.create(any())).thenReturn(RULE);
        mvc.perform(json(post("/api/alert-rules"), "{\"name\":\"Lavrov\",\"query\":\"Lavrov\",\"maxPerHour\":5}")
                        .header("X-API-Key", KEY))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value(RULE_ID))
                .andExpect(jsonPath("$.kind").value("ARTICLES"));
        ArgumentCaptor<RuleRequest> sent = ArgumentCaptor.forClass(RuleRequest.class);
        verify(rules).create(sent.capture());
        assertThat(sent.getValue().maxPerHour()).isEqualTo(5);

        when(rules.create(any())).thenThrow(new BadRequestException("name is required, at most 200 characters"));
        mvc.perform(json(post("/api/alert-rules"), "{}").header("X-API-Key", KEY))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("name is required, at most 200 characters"));
    }

    @Test
    void aBodyThatIsNotTheJsonExpectedIsA400AndOtherMediaA415() throws Exception {
        mvc.perform(json(post("/api/alert-rules"), "{not json").header("X-API-Key", KEY))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", startsWith("the request body is not the JSON expected")));
        mvc.perform(json(post("/api/alert-rules"), "{\"maxPerHour\":\"many\"}").header("X-API-Key", KEY))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/alert-rules").contentType(MediaType.TEXT_PLAIN).content("Lavrov").header("X-API-Key", KEY))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.message").value("send the body as application/json"));
    }

    @Test
    void ruleIdsAreCheckedAndAnUnknownRuleIsA404() throws Exception {
        mvc.perform(read("/api/alert-rules/nope"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", startsWith("a rule id is a UUID")));
        when(rules.rule(RULE_ID)).thenReturn(Optional.empty());
        mvc.perform(read("/api/alert-rules/" + RULE_ID))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value("no alert rule " + RULE_ID));
        doThrow(new NotFoundException("no alert rule " + RULE_ID)).when(rules).delete(RULE_ID);
        mvc.perform(delete("/api/alert-rules/" + RULE_ID).header("X-API-Key", KEY)).andExpect(status().isNotFound());
        when(rules.replace(eq(RULE_ID), any())).thenThrow(new NotFoundException("no alert rule " + RULE_ID));
        mvc.perform(json(put("/api/alert-rules/" + RULE_ID), "{\"name\":\"x\"}").header("X-API-Key", KEY))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/alert-rules/nope/mute").header("X-API-Key", KEY)).andExpect(status().isBadRequest());
    }

    @Test
    void rulesAreListedReadMutedAndDeleted() throws Exception {
        when(rules.all()).thenReturn(List.of(RULE));
        mvc.perform(read("/api/alert-rules")).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.rules[0].name").value("Lavrov"));
        when(rules.rule(RULE_ID)).thenReturn(Optional.of(RULE));
        mvc.perform(read("/api/alert-rules/" + RULE_ID)).andExpect(status().isOk()).andExpect(jsonPath("$.query").value("Lavrov"));
        when(rules.mute(RULE_ID, true)).thenReturn(RULE);
        mvc.perform(post("/api/alert-rules/" + RULE_ID + "/mute").header("X-API-Key", KEY)).andExpect(status().isOk());
        verify(rules).mute(RULE_ID, true);
        mvc.perform(delete("/api/alert-rules/" + RULE_ID).header("X-API-Key", KEY)).andExpect(status().isNoContent());
        verify(rules).delete(RULE_ID);
    }

    @Test
    void eachRulesLastAlertAndItsAlertsSinceMidnightUtcAreOneReadWithTheReadKey() throws Exception {
        when(rules.all()).thenReturn(List.of(RULE));
        when(history.activity(any(), anyInt())).thenReturn(Map.of(RULE_ID, new AlertHistory.RuleActivity(T, 3)));
        mvc.perform(get("/api/alert-rules/activity")).andExpect(status().isUnauthorized());
        mvc.perform(read("/api/alert-rules/activity")).andExpect(status().isOk())
                .andExpect(jsonPath("$.rules['" + RULE_ID + "'].lastFired").value(T.toString()))
                .andExpect(jsonPath("$.rules['" + RULE_ID + "'].alerts").value(3));
        ArgumentCaptor<Instant> since = ArgumentCaptor.forClass(Instant.class);
        verify(history).activity(since.capture(), eq(1));
        assertThat(since.getValue()).isEqualTo(Instant.now().truncatedTo(ChronoUnit.DAYS));
    }

    @Test
    void whileTheRulesLoadRuleRequestsAreA503() throws Exception {
        when(rules.loaded()).thenReturn(false);
        mvc.perform(read("/api/alert-rules"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.message").value("alert rules are still loading, try again in a few seconds"));
    }

    @Test
    void aChangeTheBrokerDidNotConfirmIsA503() throws Exception {
        when(rules.mute(anyString(), anyBoolean())).thenThrow(new ExecutionException(new IOException("broker gone")));
        mvc.perform(post("/api/alert-rules/" + RULE_ID + "/unmute").header("X-API-Key", KEY))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.message").value("the message broker did not confirm the change, try again shortly"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/alerts?kind=EMAIL | kind must be one of ARTICLE, EVENT_NEW, EVENT_STATUS, DIGEST, was 'EMAIL'",
            "/api/alerts?status=SENT | status must be one of DELIVERED, MUTED, THROTTLED",
            "/api/alerts?size=0 | size must be a whole number from 1 to 100",
            "/api/alerts?rule=nope | a rule id is a UUID",
            "/api/alerts?event=nope | an event id is 24 lower-case hex characters",
            "/api/alerts?cursor=zzz | cursor must be the previous page's next, was 'zzz'",
            "/api/alerts?from=yesterday | from must be an ISO-8601 instant such as 2026-11-27T10:00:00Z",
            "/api/alerts?to=2026-11-27 | to must be an ISO-8601 instant",
            "/api/alerts/nope | an alert id is 32 lower-case hex characters",
            "/api/alerts/stream?rule=nope | a rule id is a UUID"})
    void aMalformedParameterIsA400ThatSaysWhatToChange(String path, String message) throws Exception {
        mvc.perform(read(URI.create(path)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.message", startsWith(message)));
        verifyNoInteractions(history, stream);
    }

    @Test
    void theHistoryPagesNewestFirstWithACursor() throws Exception {
        AlertRecord older = record("1".repeat(32), T);
        AlertRecord newer = record(ALERT_ID, T.plusSeconds(60));
        when(history.search(any(), any(), any(), any(), any(), any(), any(), anyInt())).thenReturn(List.of(newer, older));
        String next = T.toEpochMilli() + "-" + "1".repeat(32);
        mvc.perform(read("/api/alerts").param("rule", RULE_ID).param("status", "DELIVERED").param("size", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.alerts[0].id").value(ALERT_ID))
                .andExpect(jsonPath("$.next").value(next));
        verify(history).search(eq(RULE_ID), isNull(), isNull(), eq("DELIVERED"), isNull(), isNull(), isNull(), eq(2));

        when(history.search(any(), any(), any(), any(), any(), any(), any(), anyInt())).thenReturn(List.of());
        mvc.perform(read("/api/alerts").param("cursor", next).param("from", "2026-11-27T00:00:00Z"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.next").doesNotExist());
        ArgumentCaptor<AlertRecord> after = ArgumentCaptor.forClass(AlertRecord.class);
        verify(history).search(isNull(), isNull(), isNull(), isNull(), eq(Instant.parse("2026-11-27T00:00:00Z")), isNull(),
                after.capture(), eq(20));
        assertThat(after.getValue().id()).isEqualTo("1".repeat(32));
        assertThat(after.getValue().matchedAt()).isEqualTo(T);
    }

    @Test
    void theAlertsAnEventRaisedAreAskedForByItsId() throws Exception {
        String event = "87660ad1cd754841dfe7bea4";
        when(history.search(any(), any(), any(), any(), any(), any(), any(), anyInt())).thenReturn(List.of());
        mvc.perform(read("/api/alerts").param("event", event)).andExpect(status().isOk());
        verify(history).search(isNull(), eq(event), isNull(), isNull(), isNull(), isNull(), isNull(), eq(20));
    }

    @Test
    void oneAlertWithItsWebhooksAndAnUnknownOneIsA404() throws Exception {
        when(history.get(ALERT_ID)).thenReturn(Optional.of(record(ALERT_ID, T)));
        mvc.perform(read("/api/alerts/" + ALERT_ID)).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DELIVERED"));
        String unknown = "f".repeat(32);
        when(history.get(unknown)).thenReturn(Optional.empty());
        mvc.perform(read("/api/alerts/" + unknown))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value("no alert " + unknown));
    }

    @Test
    void historyUnavailableIsA503() throws Exception {
        when(history.search(any(), any(), any(), any(), any(), any(), any(), anyInt())).thenThrow(new IOException("node gone"));
        mvc.perform(read("/api/alerts"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.message").value("search is unavailable right now, try again shortly"));
    }

    @Test
    void theLiveStreamIsForEveryRuleOrOne() throws Exception {
        when(stream.subscribe(any())).thenAnswer(call -> new SseEmitter());
        mvc.perform(read("/api/alerts/stream").accept(MediaType.TEXT_EVENT_STREAM)).andExpect(request().asyncStarted());
        verify(stream).subscribe(null);
        mvc.perform(read("/api/alerts/stream").param("rule", RULE_ID)).andExpect(request().asyncStarted());
        verify(stream).subscribe(RULE_ID);
    }

    private static AlertRecord record(String id, Instant matchedAt) {
        return new AlertRecord(id, RULE_ID, "Lavrov", "ARTICLE", AlertRecord.DELIVERED, matchedAt, matchedAt, T, true, null,
                "Lavrov arrives", "a".repeat(64), null, null, Map.of(), null);
    }
}
