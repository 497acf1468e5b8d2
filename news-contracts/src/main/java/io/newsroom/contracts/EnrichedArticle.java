package io.newsroom.contracts;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An extracted article on {@link Topics#ENRICHED}; what query indexes and analysts read.
 *
 * @param schemaVersion {@link #SCHEMA_VERSION}
 * @param id            {@link ArticleId} of the canonical URL, also the search document id
 * @param url           the canonical URL
 * @param source        the configured source id
 * @param revision      the raw article's revision it was extracted from
 * @param title         the headline, never null (empty when none was found)
 * @param text          the main text, paragraphs separated by a newline
 * @param lang          ISO 639-1 code, or "und" when undetermined
 * @param publishedAt   publication time, null when unknown
 * @param authors       author names, possibly empty
 * @param fetchedAt     when ingest fetched the page
 * @param enrichedAt    when enrich produced this message
 * @param modifiedAt    last modification the page states, null when it does not
 * @param description   the page's summary, null when none
 * @param imageUrl      the page's main image, null when none
 * @param siteName      the publication's name, null when the page does not say
 * @param entities      people, countries, organisations and places the title and text mention (additive in v1:
 *                      empty when absent)
 * @param events        diplomatic events the article reports (additive in v1: empty when absent)
 * @param simhash       SimHash of the text, 16 hex digits; copies of one story differ in a few bits (additive in
 *                      v1: null when absent)
 * @param credit        the news agency, desk or body the byline credits beside or instead of people ("Reuters",
 *                      "AP", "Staff"); never among {@code authors} (additive in v1: null when absent or none)
 */
public record EnrichedArticle(
        int schemaVersion,
        String id,
        String url,
        String source,
        int revision,
        String title,
        String text,
        String lang,
        Instant publishedAt,
        List<String> authors,
        Instant fetchedAt,
        Instant enrichedAt,
        Instant modifiedAt,
        String description,
        String imageUrl,
        String siteName,
        List<Entity> entities,
        List<Event> events,
        String simhash,
        String credit) {

    public static final int SCHEMA_VERSION = 1;

    /** Without a credit: the components before {@code credit} was added. */
    public EnrichedArticle(int schemaVersion, String id, String url, String source, int revision, String title,
            String text, String lang, Instant publishedAt, List<String> authors, Instant fetchedAt, Instant enrichedAt,
            Instant modifiedAt, String description, String imageUrl, String siteName, List<Entity> entities,
            List<Event> events, String simhash) {
        this(schemaVersion, id, url, source, revision, title, text, lang, publishedAt, authors, fetchedAt, enrichedAt,
                modifiedAt, description, imageUrl, siteName, entities, events, simhash, null);
    }

    public EnrichedArticle {
        if (schemaVersion != SCHEMA_VERSION) {
            throw new IllegalArgumentException("unsupported schemaVersion " + schemaVersion + ", this build reads " + SCHEMA_VERSION);
        }
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        title = title == null ? "" : title;
        text = text == null ? "" : text;
        lang = lang == null ? "und" : lang;
        authors = authors == null ? List.of() : List.copyOf(authors);
        entities = entities == null ? List.of() : List.copyOf(entities);
        events = events == null ? List.of() : List.copyOf(events);
    }
}
