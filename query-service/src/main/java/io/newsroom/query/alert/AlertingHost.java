package io.newsroom.query.alert;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import io.newsroom.alert.AlertSettings;
import io.newsroom.alert.AlertingConfiguration;
import io.newsroom.query.QueryProperties;

/**
 * This process hosts the alert stage (module alerting) beside search: its API is served on this port and its
 * settings are this service's {@code newsroom.query.alerts.*} and {@code api-key}. The stage reads only topics:
 * enriched articles, and the merged events this service's event merging publishes.
 */
@Configuration(proxyBeanMethods = false)
@Import(AlertingConfiguration.class)
class AlertingHost {

    @Bean
    AlertSettings alertSettings(QueryProperties props) {
        return props.alerting();
    }
}
