package io.newsroom.search.article;

/**
 * The article search's request parameters as they arrive, every one a string, so that a malformed one is a 400
 * that names it (see {@link ArticleQueryParser}). Bound from the query string by name.
 *
 * @param q          query text in simple query syntax
 * @param lang       ISO 639-1 language
 * @param from       lower bound on the date (ISO-8601 date or date-time)
 * @param to         upper bound, inclusive
 * @param size       page size
 * @param cursor     the previous page's {@code next}
 * @param entity     an entity id the article mentions
 * @param entityType an entity type the article mentions (PERSON, COUNTRY, ORGANIZATION, PLACE)
 * @param country    a country id the article mentions
 * @param eventType  an event type the article reports (VISIT, TALKS, SANCTIONS...)
 * @param source     the source id the article came from
 * @param sort       relevance (the default with q) or date (newest first, the default without)
 * @param copies     collapse (the default: copies of a story on other sites are one item, with their count) or
 *                   include (every copy an item of its own)
 */
public record ArticleParams(String q, String lang, String from, String to, String size, String cursor, String entity,
                            String entityType, String country, String eventType, String source, String sort, String copies) {
}
