package io.newsroom.alert.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.newsroom.alert.AlertHistory;
import io.newsroom.alert.AlertSettings;
import io.newsroom.alert.AlertStream;
import io.newsroom.alert.RuleStore;
import io.newsroom.web.ApiKeyGuard;

/**
 * The alert API over HTTP: rules (reading them needs the read or the write key, changing them the write key), the
 * history and the live stream (the read or the write key).
 */
@Configuration(proxyBeanMethods = false)
public class AlertApi {

    @Bean
    AlertController alertController(RuleStore rules, AlertHistory history, AlertStream stream, AlertSettings settings) {
        return new AlertController(rules, history, stream, new ApiKeyGuard(settings.readKey(), settings.apiKey(),
                "changing alert rules is disabled: set NEWSROOM_API_KEY to enable it"));
    }
}
