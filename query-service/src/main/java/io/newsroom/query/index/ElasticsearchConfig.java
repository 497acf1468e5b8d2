package io.newsroom.query.index;

import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.ElasticsearchTransport;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import io.newsroom.query.QueryProperties;

/**
 * The 8.19 client on the 8.19 low-level REST client, defined here because Boot 4's auto-configuration builds on
 * the 9.x client, which an 8.19 node refuses. An 8.19 client also talks to a 9.x cluster (REST compatibility).
 */
@Configuration(proxyBeanMethods = false)
class ElasticsearchConfig {

    @Bean(destroyMethod = "close")
    RestClient elasticsearchRestClient(QueryProperties props) {
        HttpHost[] hosts = props.elasticsearch().uris().stream().map(HttpHost::create).toArray(HttpHost[]::new);
        return RestClient.builder(hosts)
                .setRequestConfigCallback(c -> c.setConnectTimeout(5_000).setSocketTimeout(60_000))
                .build();
    }

    @Bean
    ElasticsearchTransport elasticsearchTransport(RestClient restClient) {
        return new RestClientTransport(restClient, new Jackson3JsonpMapper());
    }

    @Bean
    ElasticsearchClient elasticsearchClient(ElasticsearchTransport transport) {
        return new ElasticsearchClient(transport);
    }
}
