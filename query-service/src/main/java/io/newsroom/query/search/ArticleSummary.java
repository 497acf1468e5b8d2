package io.newsroom.query.search;

import java.util.List;
import java.util.Map;

/**
 * An article in a result list: what a dashboard row shows. {@code entities} are its entities without their
 * mentions ({@code id}, {@code name}, {@code type}, {@code salience}), most salient first.
 */
public record ArticleSummary(String id, String url, String title, String lang, String publishedAt, String source,
        List<String> authors, String fetchedAt, int revision, String siteName, String description,
        List<Map<String, Object>> entities) {

    @SuppressWarnings("unchecked")
    static ArticleSummary of(Map<String, Object> doc) {
        Object authors = doc.get("authors");
        Object revision = doc.get("revision");
        return new ArticleSummary((String) doc.get("id"), (String) doc.get("url"), (String) doc.get("title"),
                (String) doc.get("lang"), (String) doc.get("publishedAt"), (String) doc.get("source"),
                authors instanceof List<?> list ? (List<String>) list : List.of(), (String) doc.get("fetchedAt"),
                revision instanceof Number n ? n.intValue() : 1, (String) doc.get("siteName"),
                (String) doc.get("description"),
                doc.get("entities") instanceof List<?> e ? (List<Map<String, Object>>) e : List.of());
    }
}
