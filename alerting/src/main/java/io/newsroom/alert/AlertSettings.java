package io.newsroom.alert;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import io.newsroom.kafka.TopicSettings;
import io.newsroom.web.Secrets;

/**
 * What the alert stage needs to know from its host; the query service maps its settings onto it.
 *
 * @param apiKey              the write key: what changing alert rules requires in X-API-Key; null or blank turns
 *                            it off; it also reads
 * @param readKey             the read key: reading rules and the alert history takes it (or the write key); null or
 *                            blank leaves only the write key
 * @param topics              partitions and replication of the topics the stage declares
 * @param replicas            replicas per shard of the history index
 * @param historyIndex        the concrete alert history index created when none exists
 * @param historyAlias        the name history reads and writes use
 * @param digestInterval      how often ended hours are checked for throttled alerts to fold into a digest
 * @param webhookSecret       the key webhook bodies are signed with (HMAC-SHA256); null or blank sends them unsigned
 * @param webhookAllowedHosts webhook hosts allowed although they resolve to internal addresses
 * @param webhookTimeout      the longest one webhook call may take
 * @param webhookAttempts     calls per webhook and alert before it is given up
 * @param webhookFirstBackoff the pause after the first failed call; each next pause is four times longer
 * @param digestItems         held-back alerts listed in a digest (all are counted)
 */
public record AlertSettings(String apiKey, String readKey, TopicSettings topics, int replicas, String historyIndex, String historyAlias,
        Duration digestInterval, String webhookSecret, List<String> webhookAllowedHosts, Duration webhookTimeout,
        int webhookAttempts, Duration webhookFirstBackoff, int digestItems) {

    public AlertSettings {
        Objects.requireNonNull(topics, "topics");
        Objects.requireNonNull(historyIndex, "historyIndex");
        Objects.requireNonNull(historyAlias, "historyAlias");
        Objects.requireNonNull(digestInterval, "digestInterval");
        Objects.requireNonNull(webhookTimeout, "webhookTimeout");
        Objects.requireNonNull(webhookFirstBackoff, "webhookFirstBackoff");
        // host names as URLs give them: the rule validator and the dispatcher compare against these
        webhookAllowedHosts = webhookAllowedHosts == null ? List.of() : webhookAllowedHosts.stream()
                .map(h -> h.strip().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty()).distinct().toList();
    }

    /** The settings with the keys and the webhook secret hidden: they never go to a log. */
    @Override
    public String toString() {
        return "AlertSettings[apiKey=" + Secrets.mask(apiKey) + ", readKey=" + Secrets.mask(readKey) + ", topics=" + topics
                + ", replicas=" + replicas + ", historyIndex=" + historyIndex + ", historyAlias=" + historyAlias
                + ", digestInterval=" + digestInterval + ", webhookSecret=" + Secrets.mask(webhookSecret)
                + ", webhookAllowedHosts=" + webhookAllowedHosts + ", webhookTimeout=" + webhookTimeout
                + ", webhookAttempts=" + webhookAttempts + ", webhookFirstBackoff=" + webhookFirstBackoff
                + ", digestItems=" + digestItems + "]";
    }
}
