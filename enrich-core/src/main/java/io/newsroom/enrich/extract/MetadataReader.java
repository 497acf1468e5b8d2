package io.newsroom.enrich.extract;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Attributes;
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
    private static final String[] KEY_ATTRIBUTES = {"property", "name", "itemprop"};
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "blogposting", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "techarticle", "scholarlyarticle",
            "liveblogposting", "webpage", "posting", "report");

    private final List<JsonNode> objects = new ArrayList<>();
    /** JSON-LD objects by their {@code @id}: a graph names an article's author by reference to a Person node. */
    private final Map<String, JsonNode> byId = new HashMap<>();
    /** "property:og:title", "name:author", "itemprop:datepublished", "pubdate:" to the first non-blank value. */
    private final Map<String, String> values = new HashMap<>();

    private final String baseUri;

    MetadataReader(Document doc, List<Element> elements) {
        this.baseUri = doc.location();
        for (Element e : elements) {
            if (e.nameIs("link")) {
                if (e.attr("rel").equalsIgnoreCase("canonical") && !e.absUrl("href").isEmpty()) {
                    values.putIfAbsent("canonical:", e.absUrl("href"));
                }
                continue;
            }
            if (e.nameIs("script")) {
                if (e.attr("type").equalsIgnoreCase("application/ld+json")) {
                    parseJsonLd(e.data());
                }
                continue;
            }
            // the parser lower-cases attribute names: exact lookups
            Attributes attributes = e.attributes();
            String value = attributes.hasKey("content") ? attributes.get("content") : attributes.get("datetime");
            if (value.isBlank()) {
                continue;
            }
            for (String attr : KEY_ATTRIBUTES) {
                String name = attributes.get(attr);
                if (!name.isEmpty()) {
                    values.putIfAbsent(attr + ":" + name.strip().toLowerCase(Locale.ROOT), value.strip());
                }
            }
            if (attributes.hasKey("pubdate")) {
                values.putIfAbsent("pubdate:", value.strip());
            }
        }
        objects.sort((a, b) -> Boolean.compare(!isArticle(a), !isArticle(b)));
    }

    /**
     * Whether an element may carry metadata ({@link PageScan} asks): a link, a script, or an element with a value
     * and a key (two attributes) or a time's datetime. Most elements have fewer attributes.
     */
    static boolean mayHold(Element e) {
        int size = e.attributesSize();
        return e.nameIs("link") || e.nameIs("script") || size >= 2 || size == 1 && e.nameIs("time");
    }

    private void parseJsonLd(String json) {
        try {
            collect(JSON.readTree(json), 0);
        } catch (JacksonException malformed) {
            // many sites ship broken JSON-LD; the other sources still answer
        }
    }

    /**
     * The first value among the keys, each {@code attribute:name} for a {@code <meta>} or an element with a
     * datetime ("property:article:published_time", "name:author", "itemprop:datepublished", "pubdate:").
     */
    String first(String... keys) {
        for (String key : keys) {
            String v = values.get(key.toLowerCase(Locale.ROOT));
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** Description, image, canonical URL and site name, each from the first source that gives it. */
    PageFacts facts() {
        String image = first("property:og:image", "name:twitter:image", "property:og:image:url");
        return new PageFacts(
                first("property:og:description", "name:description", "name:twitter:description"),
                absolute(image != null ? image : jsonLdString("image")),
                first("canonical:", "property:og:url"),
                first("property:og:site_name", "name:application-name"));
    }

    private String absolute(String url) {
        if (url == null) {
            return null;
        }
        try {
            return URI.create(baseUri).resolve(url.strip()).toString();
        } catch (IllegalArgumentException notAUrl) {
            return url;
        }
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
            for (JsonNode listed : v.isArray() ? v : List.of(v)) {
                JsonNode item = resolved(listed);
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

    /**
     * The node a {@code {"@id": ...}} reference stands for, when the page defines it (with the type the reference
     * may leave out); else the node itself.
     */
    private JsonNode resolved(JsonNode node) {
        JsonNode id = node.get("@id");
        return node.isObject() && id != null && id.isString() ? byId.getOrDefault(id.asString(), node) : node;
    }

    private void collect(JsonNode node, int depth) {
        if (node == null || depth > 5) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, depth + 1));
        } else if (node.isObject()) {
            objects.add(node);
            JsonNode id = node.get("@id");
            if (id != null && id.isString() && node.has("name")) {
                byId.putIfAbsent(id.asString(), node);
            }
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
            if (t.isString() && ARTICLE_TYPES.contains(t.asString().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
