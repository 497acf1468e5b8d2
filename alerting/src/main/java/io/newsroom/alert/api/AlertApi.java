package io.newsroom.alert.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.newsroom.alert.AlertHistory;
import io.newsroom.alert.AlertSettings;
import io.newsroom.alert.AlertStream;
import io.newsroom.alert.RuleStore;

/** The alert API over HTTP: rules (changing them needs the API key), the history and the live stream. */
@Configuration(proxyBeanMethods = false)
public class AlertApi {

    @Bean
    AlertController alertController(RuleStore rules, AlertHistory history, AlertStream stream, AlertSettings settings) {
        return new AlertController(rules, history, stream, new ApiKeyGuard(settings.apiKey()));
    }
}
