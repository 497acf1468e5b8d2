package io.newsroom.query.search;

import java.util.List;
import java.util.Map;

/** An article in a result list: what a dashboard row shows. */
public record ArticleSummary(String id, String url, String title, String lang, String publishedAt, String source,
        List<String> authors, String fetchedAt, int revision, String siteName, String description) {

    @SuppressWarnings("unchecked")
    static ArticleSummary of(Map<String, Object> doc) {
        Object authors = doc.get("authors");
        Object revision = doc.get("revision");
        return new ArticleSummary((String) doc.get("id"), (String) doc.get("url"), (String) doc.get("title"),
                (String) doc.get("lang"), (String) doc.get("publishedAt"), (String) doc.get("source"),
                authors instanceof List<?> list ? (List<String>) list : List.of(), (String) doc.get("fetchedAt"),
                revision instanceof Number n ? n.intValue() : 1, (String) doc.get("siteName"),
                (String) doc.get("description"));
    }
}
