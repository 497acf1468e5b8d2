package io.newsroom.search.article;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An article in a result list: what a dashboard row shows. {@code entities} are its entities without their
 * mentions ({@code id}, {@code name}, {@code type}, {@code salience}), most salient first. {@code highlights} has
 * the title ({@code title}) and up to two text fragments ({@code text}) with the query's words in {@code <em>},
 * HTML-escaped; empty without query text. {@code copies} counts the other sites' copies of its story (0 when
 * copies are listed as items of their own).
 */
public record ArticleSummary(String id, String url, String title, String lang, String publishedAt, String source,
        List<String> authors, String fetchedAt, int revision, String siteName, String description,
        List<Map<String, Object>> entities, Map<String, List<String>> highlights, long copies) {

    @SuppressWarnings("unchecked")
    static ArticleSummary of(Map<String, Object> doc, Map<String, List<String>> highlight, long copies) {
        Object authors = doc.get("authors");
        Object revision = doc.get("revision");
        return new ArticleSummary((String) doc.get("id"), (String) doc.get("url"), (String) doc.get("title"),
                (String) doc.get("lang"), (String) doc.get("publishedAt"), (String) doc.get("source"),
                authors instanceof List<?> list ? (List<String>) list : List.of(), (String) doc.get("fetchedAt"),
                revision instanceof Number n ? n.intValue() : 1, (String) doc.get("siteName"),
                (String) doc.get("description"),
                doc.get("entities") instanceof List<?> e ? (List<Map<String, Object>>) e : List.of(), highlights(highlight), copies);
    }

    /** The language-analysed field's fragments where it matched (stemmed words), else the plain field's. */
    private static Map<String, List<String>> highlights(Map<String, List<String>> raw) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (raw == null) {
            return out;
        }
        for (String field : List.of("title", "text")) {
            raw.entrySet().stream().filter(e -> e.getKey().startsWith(field + "_")).map(Map.Entry::getValue).findFirst()
                    .or(() -> Optional.ofNullable(raw.get(field))).ifPresent(f -> out.put(field, f));
        }
        return out;
    }
}
