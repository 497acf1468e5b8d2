package io.newsroom.query.index;

import java.io.IOException;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;

/** Cluster health from {@code _cluster/health} (the embedded node has no {@code GET /}, which Boot's own check uses). */
@Component("elasticsearch")
class ElasticsearchHealthIndicator implements HealthIndicator {

    private final ElasticsearchClient es;

    ElasticsearchHealthIndicator(ElasticsearchClient es) {
        this.es = es;
    }

    @Override
    public Health health() {
        try {
            var health = es.cluster().health();
            Health.Builder builder = health.status() == HealthStatus.Red ? Health.down() : Health.up();
            return builder.withDetail("status", health.status().jsonValue())
                    .withDetail("nodes", health.numberOfNodes()).build();
        } catch (IOException | RuntimeException e) {
            return Health.down().withDetail("error", e.toString()).build();
        }
    }
}
