package io.newsroom.search;

import java.util.List;

import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import tools.jackson.databind.DeserializationFeature;

/**
 * The 8.19 client on the 8.19 low-level REST client: Boot 4 would build the 9.x client, which an 8.19 node refuses
 * (an 8.19 client also talks to a 9.x cluster, by REST compatibility). Closing the client closes its connections.
 */
public final class SearchClients {

    private SearchClients() {
    }

    /** @param uris node URLs */
    public static ElasticsearchClient connect(List<String> uris) {
        HttpHost[] hosts = uris.stream().map(HttpHost::create).toArray(HttpHost[]::new);
        RestClient rest = RestClient.builder(hosts)
                .setRequestConfigCallback(c -> c.setConnectTimeout(5_000).setSocketTimeout(60_000))
                .build();
        // a document indexed before a number field was added has none: it reads as 0, as an absent field should
        // (MergedEvent's schemaVersion), instead of failing every read of it
        Jackson3JsonpMapper mapper = new Jackson3JsonpMapper(new Jackson3JsonpMapper().objectMapper().rebuild()
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build());
        return new ElasticsearchClient(new RestClientTransport(rest, mapper));
    }
}
