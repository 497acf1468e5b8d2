package io.newsroom.query.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.newsroom.query.QueryProperties;
import io.newsroom.web.ApiKeyGuard;

/**
 * The keys this service's own keyed endpoints (the export) take, and how much an export may stream. The alert API
 * it hosts makes its guard from the same keys (module alerting, {@code AlertApi}).
 */
@Configuration(proxyBeanMethods = false)
class ApiAccess {

    @Bean
    ApiKeyGuard apiKeyGuard(QueryProperties props) {
        return new ApiKeyGuard(props.readKey(), props.apiKey(), "write endpoints are disabled: set NEWSROOM_API_KEY to enable them");
    }

    @Bean
    QueryProperties.Export exportSettings(QueryProperties props) {
        return props.export();
    }
}
