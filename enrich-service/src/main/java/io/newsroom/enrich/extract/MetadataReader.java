package io.newsroom.enrich.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A page's machine-readable metadata: {@code <meta>} tags and JSON-LD objects. JSON-LD is parsed once; objects of an
 * article type come first, so a site's Organization or WebSite object does not answer for the article. Not
 * thread-safe; one per page.
 */
final class MetadataReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "blogposting", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "techarticle", "scholarlyarticle",
            "liveblogposting", "webpage", "posting", "report");

    private final Document doc;
    private final List<JsonNode> objects = new ArrayList<>();

    MetadataReader(Document doc) {
        this.doc = doc;
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                collect(JSON.readTree(script.data()), 0);
            } catch (JacksonException malformed) {
                // many sites ship broken JSON-LD; the other sources still answer
            }
        }
        objects.sort((a, b) -> Boolean.compare(!isArticle(a), !isArticle(b)));
    }

    /** The content of the first matching {@code <meta>} with a non-blank value. */
    String first(String... selectors) {
        for (String selector : selectors) {
            for (Element e : doc.select(selector)) {
                String v = e.hasAttr("content") ? e.attr("content") : e.attr("datetime");
                if (!v.isBlank()) {
                    return v.strip();
                }
            }
        }
        return null;
    }

    /** A string field of the first JSON-LD object that has it. */
    String jsonLdString(String field) {
        for (JsonNode o : objects) {
            JsonNode v = o.get(field);
            if (v != null && v.isString() && !v.asString().isBlank()) {
                return v.asString().strip();
            }
        }
        return null;
    }

    /**
     * The names under a JSON-LD field that holds people ({@code author}: a name, an object, or a list of them).
     *
     * @param people true for Person objects only, false for anything but Person objects (organisations, bare names)
     */
    List<String> jsonLdNames(String field, boolean people) {
        for (JsonNode o : objects) {
            JsonNode v = o.get(field);
            if (v == null) {
                continue;
            }
            List<String> names = new ArrayList<>();
            for (JsonNode item : v.isArray() ? v : List.of(v)) {
                boolean person = item.isObject() && item.has("@type") && item.get("@type").toString().contains("Person");
                if (person != people) {
                    continue;
                }
                JsonNode name = item.isObject() ? item.get("name") : item;
                if (name != null && name.isString() && !name.asString().isBlank()) {
                    names.add(name.asString().strip());
                }
            }
            if (!names.isEmpty()) {
                return names;
            }
        }
        return List.of();
    }

    private void collect(JsonNode node, int depth) {
        if (node == null || depth > 5) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, depth + 1));
        } else if (node.isObject()) {
            objects.add(node);
            collect(node.get("@graph"), depth + 1);
            collect(node.get("mainEntity"), depth + 1);
        }
    }

    private static boolean isArticle(JsonNode o) {
        JsonNode type = o.get("@type");
        if (type == null) {
            return false;
        }
        for (JsonNode t : type.isArray() ? type : List.of(type)) {
            if (t.isString() && ARTICLE_TYPES.contains(t.asString().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
