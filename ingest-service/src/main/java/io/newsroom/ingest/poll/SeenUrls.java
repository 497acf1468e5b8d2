package io.newsroom.ingest.poll;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Article ids this process has already published. Only a shortcut: downstream every write is keyed by the same
 * id, so a refetch after a restart costs a request but creates no duplicate. Thread-safe.
 */
public final class SeenUrls {

    private final Set<String> ids = ConcurrentHashMap.newKeySet();

    public boolean contains(String articleId) {
        return ids.contains(articleId);
    }

    public void add(String articleId) {
        ids.add(articleId);
    }
}
