package io.newsroom.search.article;

import java.time.Instant;
import java.util.List;

/**
 * A validated article search.
 *
 * @param text   query text in simple query syntax, null for all articles; it also matches the canonical names
 *               of the articles' entities, so "Tokayev" finds an Arabic article that names him توكايف
 * @param lang   ISO 639-1 filter, null for all
 * @param from   inclusive lower bound on the article's date, null for none
 * @param to     exclusive upper bound, null for none
 * @param size   page size, 1 to 100
 * @param after  sort values of the last item of the previous page, null for the first page
 * @param entity only articles that mention this entity (a QID or a {@code newsroom:} id), null for all
 * @param entityType only articles that mention an entity of this type, null for all
 * @param country    only articles that mention this country (its id), null for all
 * @param eventType  only articles that report an event of this type, null for all
 * @param source     only articles from this source, null for all
 * @param byDate     newest first even when there is query text (else by relevance when there is)
 * @param includeCopies copies of a story on other sites are items of their own (else only the first article of each
 *                      story matches, and counts its copies)
 * @param namedEntity the identity the query text names, whose articles match in any script; null when it names none
 */
public record ArticleQuery(String text, String lang, Instant from, Instant to, int size, List<Object> after,
        String entity, String entityType, String country, String eventType, String source, boolean byDate,
        boolean includeCopies, String namedEntity) {

    public ArticleQuery {
        after = after == null ? null : List.copyOf(after);
    }

    /** Relevance order when there is query text, newest first otherwise. */
    public ArticleQuery withNamedEntity(String id) {
        return new ArticleQuery(text, lang, from, to, size, after, entity, entityType, country, eventType, source, byDate,
                includeCopies, id);
    }

    public boolean byRelevance() {
        return text != null && !byDate;
    }
}
