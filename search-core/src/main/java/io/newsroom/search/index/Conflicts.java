package io.newsroom.search.index;

import org.elasticsearch.client.ResponseException;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;

/** Elasticsearch's "version conflict" (409), as the client reports it: parsed, or as the low-level client's response. */
public final class Conflicts {

    private Conflicts() {
    }

    public static boolean isConflict(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ElasticsearchException ee && ee.status() == 409
                    || t instanceof ResponseException re && re.getResponse().getStatusLine().getStatusCode() == 409) {
                return true;
            }
        }
        return false;
    }
}
