package io.newsroom.search.article;

import java.util.List;
import java.util.Map;

/**
 * Counts over the articles a search matches, for a dashboard's side panels.
 *
 * @param total     articles matched
 * @param languages most frequent languages
 * @param sources   most frequent sources
 * @param entities  per entity type (PERSON, COUNTRY, ORGANIZATION, PLACE), the entities most articles mention
 * @param eventTypes the event types most articles report
 */
public record Facets(long total, List<Bucket> languages, List<Bucket> sources, Map<String, List<EntityBucket>> entities,
                     List<Bucket> eventTypes) {

    /** A value and the number of matching articles that have it. */
    public record Bucket(String key, long articles) {
    }

    /** An entity and the number of matching articles that mention it. */
    public record EntityBucket(String id, String name, long articles) {
    }
}
