package io.newsroom.enrich.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A page's JSON-LD: every {@code application/ld+json} block, each a single object, an array, or a {@code @graph},
 * read strictly when it is valid JSON and by {@link LenientJson} when it is not (many sites ship it broken). The
 * objects are ranked by type, so that the article answers before the web page it sits on and the site's
 * Organization or WebSite answers last; a {@code {"@id": ...}} reference resolves to the node the page defines.
 * Strings come out as text: HTML entities decoded and tags removed ({@code "L&#8217;État"}, {@code "By <a
 * href=...>Jane Doe</a>"}). Not thread-safe; one per page.
 */
final class JsonLd {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_JAVA_COMMENTS,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();
    private static final int MAX_DEPTH = 5;
    /** The article kinds: NewsArticle, BlogPosting, LiveBlogPosting, ScholarlyArticle, SocialMediaPosting... */
    private static final List<String> ARTICLE_ENDINGS = List.of("article", "posting", "report");
    private static final List<String> PAGE_TYPES = List.of("webpage", "itempage", "creativework", "howto", "recipe",
            "videoobject", "review", "book", "episode");

    /** Ranked by type: articles, then pages and other works, then the rest, each in page order. */
    private final List<JsonNode> objects = new ArrayList<>();
    /** Objects by their {@code @id}: a graph names an article's author by reference to a Person node. */
    private final Map<String, JsonNode> byId = new HashMap<>();
    private boolean sorted = true;

    /** Adds the objects of one block; a block that is not even broken JSON adds nothing. */
    void add(String block) {
        JsonNode root;
        try {
            root = JSON.readTree(block);
        } catch (JacksonException malformed) {
            root = LenientJson.parse(stripWrapper(block));
        }
        if (root != null) {
            collect(root, 0);
            sorted = false;
        }
    }

    /** The block without the HTML comment or CDATA marks some CMSs wrap it in. */
    private static String stripWrapper(String block) {
        String s = block.strip();
        for (String[] wrap : new String[][] {{"<!--", "-->"}, {"<![CDATA[", "]]>"}, {"//<![CDATA[", "//]]>"}}) {
            if (s.startsWith(wrap[0]) && s.endsWith(wrap[1])) {
                s = s.substring(wrap[0].length(), s.length() - wrap[1].length()).strip();
            }
        }
        return s;
    }

    /** The objects, best first: articles, then pages and other works, then the rest. */
    List<JsonNode> objects() {
        if (!sorted) {
            objects.sort(Comparator.comparingInt(JsonLd::rank));
            sorted = true;
        }
        return objects;
    }

    /** Whether the object is an article (of any kind). */
    static boolean isArticle(JsonNode o) {
        return rank(o) == 0;
    }

    /** A field's text in the first object that has it, considering articles and pages only when asked. */
    String string(String field, boolean worksOnly) {
        for (JsonNode o : objects()) {
            if (worksOnly && rank(o) > 1) {
                break;
            }
            String v = text(o.get(field));
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /**
     * The text a value holds: a string, the first string of a list, an object's {@code @value} or {@code name};
     * null when blank.
     */
    static String text(JsonNode v) {
        if (v == null) {
            return null;
        }
        if (v.isArray()) {
            for (JsonNode item : v) {
                String t = text(item);
                if (t != null) {
                    return t;
                }
            }
            return null;
        }
        if (v.isObject()) {
            return text(v.has("@value") ? v.get("@value") : v.get("name"));
        }
        if (!v.isString() && !v.isNumber()) {
            return null;
        }
        String s = clean(v.asString());
        return s.isBlank() ? null : s;
    }

    /** Entities decoded, tags removed, white space collapsed: what a reader sees of a string. */
    static String clean(String s) {
        String t = s;
        if (t.indexOf('<') >= 0 && t.indexOf('>') > 0) {
            t = Jsoup.parseBodyFragment(t).text();
        } else if (t.indexOf('&') >= 0) {
            t = Parser.unescapeEntities(t, false);
        }
        return Whitespace.collapse(t).strip();
    }

    /**
     * The node a {@code {"@id": ...}} reference stands for, when the page defines it (with the type the reference
     * may leave out); else the node itself.
     */
    JsonNode resolved(JsonNode node) {
        JsonNode id = node.get("@id");
        return node.isObject() && id != null && id.isString() ? byId.getOrDefault(id.asString(), node) : node;
    }

    /**
     * A name a field that holds people or bodies ({@code author}, {@code creator}) gives.
     *
     * @param kind what the page says it names
     */
    record Named(String name, Kind kind) {

        enum Kind {
            /** A Person object. */
            PERSON,
            /** An Organization or another typed object that is no person. */
            BODY,
            /** A bare string, or an object without a type. */
            UNTYPED
        }
    }

    /**
     * The names under the field of the first object (best first) that gives any: a string, an object with a
     * {@code name} (a string, a list of them, or an object again) or with given and family names, an {@code @id}
     * reference, or a list of these.
     */
    List<Named> names(String field) {
        for (JsonNode o : objects()) {
            JsonNode v = o.get(field);
            if (v == null) {
                continue;
            }
            List<Named> names = new ArrayList<>();
            for (JsonNode listed : v.isArray() ? v : List.of(v)) {
                JsonNode item = resolved(listed);
                if (!item.isObject()) {
                    String name = text(item);
                    if (name != null) {
                        names.add(new Named(name, Named.Kind.UNTYPED));
                    }
                    continue;
                }
                List<String> types = types(item);
                Named.Kind kind = types.contains("person") ? Named.Kind.PERSON
                        : types.isEmpty() ? Named.Kind.UNTYPED : Named.Kind.BODY;
                for (String name : namesOf(item)) {
                    names.add(new Named(name, kind));
                }
            }
            if (!names.isEmpty()) {
                return names;
            }
        }
        return List.of();
    }

    /** An object's names: its {@code name} (every string of a list, the name of a nested object), else its parts. */
    private static List<String> namesOf(JsonNode item) {
        JsonNode name = item.get("name");
        while (name != null && name.isObject()) {
            name = name.get("name");
        }
        List<String> names = new ArrayList<>();
        if (name != null) {
            for (JsonNode n : name.isArray() ? name : List.of(name)) {
                String t = text(n);
                if (t != null) {
                    names.add(t);
                }
            }
        }
        if (names.isEmpty()) {
            StringBuilder parts = new StringBuilder();
            for (String part : new String[] {"givenName", "additionalName", "familyName"}) {
                String t = text(item.get(part));
                if (t != null) {
                    parts.append(parts.isEmpty() ? "" : " ").append(t);
                }
            }
            if (!parts.isEmpty()) {
                names.add(parts.toString());
            }
        }
        return names;
    }

    private void collect(JsonNode node, int depth) {
        if (node == null || depth > MAX_DEPTH) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, depth + 1));
        } else if (node.isObject()) {
            objects.add(node);
            JsonNode id = node.get("@id");
            if (id != null && id.isString() && node.size() > 1) {
                byId.putIfAbsent(id.asString(), node);
            }
            collect(node.get("@graph"), depth + 1);
            collect(node.get("mainEntity"), depth + 1);
        }
    }

    private static int rank(JsonNode o) {
        int rank = 2;
        for (String t : types(o)) {
            for (String ending : ARTICLE_ENDINGS) {
                if (t.endsWith(ending)) {
                    return 0;
                }
            }
            rank = PAGE_TYPES.contains(t) ? 1 : rank;
        }
        return rank;
    }

    private static List<String> types(JsonNode o) {
        JsonNode type = o.get("@type");
        if (type == null) {
            return List.of();
        }
        List<String> types = new ArrayList<>(1);
        for (JsonNode t : type.isArray() ? type : List.of(type)) {
            if (t.isString()) {
                String name = t.asString();
                // "http://schema.org/NewsArticle" and "schema:NewsArticle" name the same type
                types.add(name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf(':')) + 1)
                        .toLowerCase(Locale.ROOT));
            }
        }
        return types;
    }
}
