package io.newsroom.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.newsroom.search.BadRequestException;

class RuleValidatorTest {

    private final RuleValidator validator = new RuleValidator(List.of("127.0.0.1"),
            code -> Optional.ofNullable(Map.of("RUS", "Q159", "UKR", "Q212").get(code)));

    private AlertRule withWebhook(String url) {
        return validator.toRule("3f2a6c1e-8d4b-4f5e-9a7c-1b2d3e4f5a6b", new RuleRequest("r", null, "putin", null, null,
                null, null, null, null, null, null, null, null, null, null, List.of(url), null, null), null, Instant.EPOCH);
    }

    @Test
    void webhooksWrittenWithAnInternalAddressAreRefusedWithTheReason() {
        for (String url : List.of("http://169.254.169.254/latest/meta-data/", "http://10.0.0.7/hook", "http://[::1]:9/x",
                "http://localhost:8080/hook")) {
            assertThatThrownBy(() -> withWebhook(url)).isInstanceOf(BadRequestException.class)
                    .hasMessageContaining("internal address").hasMessageContaining("NEWSROOM_WEBHOOK_ALLOWED_HOSTS");
        }
    }

    @Test
    void allowedHostsAndPublicAddressesAndNamesPass() {
        assertThat(withWebhook("http://127.0.0.1:9000/hook").webhooks()).containsExactly("http://127.0.0.1:9000/hook");
        assertThat(withWebhook("https://93.184.215.14/hook").webhooks()).hasSize(1);
        // names are checked when called: their addresses can change
        assertThat(withWebhook("https://hooks.example.org/newsroom").webhooks()).hasSize(1);
    }

    private AlertRule events(String kind, String sourceActor, String targetActor) {
        return validator.toRule("3f2a6c1e-8d4b-4f5e-9a7c-1b2d3e4f5a6b", new RuleRequest("r", kind, null, null, null,
                null, null, null, "SANCTIONS", null, sourceActor, targetActor, null, null, null, null, null, null), null, Instant.EPOCH);
    }

    @Test
    void anEventsRuleTakesWhoDidItAndToWhomAsIdsOrCountryCodesAndAnArticlesRuleNeither() {
        AlertRule rule = events("EVENTS", "Q458", " Q159 ");
        assertThat(rule.sourceActor()).isEqualTo("Q458");
        assertThat(rule.targetActor()).isEqualTo("Q159");
        // as event data names states
        AlertRule coded = events("EVENTS", "rus", "UKR");
        assertThat(List.of(coded.sourceActor(), coded.targetActor())).containsExactly("Q159", "Q212");
        assertThatThrownBy(() -> events("EVENTS", "XYZ", null)).isInstanceOf(BadRequestException.class)
                .hasMessageContaining("sourceActor: no country has the code 'XYZ'");
        assertThatThrownBy(() -> events("EVENTS", "Russia", null)).isInstanceOf(BadRequestException.class)
                .hasMessageContaining("sourceActor must be a Wikidata QID");
        assertThatThrownBy(() -> events("ARTICLES", null, "Q159")).isInstanceOf(BadRequestException.class)
                .hasMessageContaining("belong to EVENTS rules");
    }

    private AlertRule classed(String kind, String plover, String quad) {
        return validator.toRule("3f2a6c1e-8d4b-4f5e-9a7c-1b2d3e4f5a6b", new RuleRequest("r", kind, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, plover, quad), null, Instant.EPOCH);
    }

    @Test
    void anEventsRuleTakesAPloverTypeAndClassAndRefusesWhatNoEventCouldMatch() {
        AlertRule rule = classed("EVENTS", "SANCTION", "material-conflict");
        assertThat(rule.plover()).isEqualTo("SANCTION");
        assertThat(rule.quad()).isEqualTo("material-conflict");
        assertThatThrownBy(() -> classed("EVENTS", null, "hostile")).isInstanceOf(BadRequestException.class)
                .hasMessageContaining("quad must be one of");
        assertThatThrownBy(() -> classed("EVENTS", "VISIT", null)).isInstanceOf(BadRequestException.class)
                .hasMessageContaining("plover must be one of");
        assertThatThrownBy(() -> classed("EVENTS", "SANCTION", "cooperation")).isInstanceOf(BadRequestException.class)
                .hasMessageContaining("is not of the class");
        assertThatThrownBy(() -> classed("ARTICLES", null, "conflict")).isInstanceOf(BadRequestException.class)
                .hasMessageContaining("belong to EVENTS rules");
    }

    @Test
    void webhooksThatAreNotHttpUrlsAreRefused() {
        assertThatThrownBy(() -> withWebhook("file:///etc/passwd")).isInstanceOf(BadRequestException.class)
                .hasMessageContaining("not an absolute http or https URL");
    }
}
