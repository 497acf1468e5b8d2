package io.newsroom.ingest.source;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.boot.convert.DurationStyle;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the YAML sources file (format in the README). Every mistake is reported with the source it concerns,
 * so a typo in one entry does not leave the operator guessing. Pure and thread-safe.
 */
public final class SourcesFileParser {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    /** One source as the API receives it: a JSON (or YAML) object with the fields of a sources-file entry. */
    public Source parseOne(String body) {
        JsonNode node;
        try {
            node = YAML.readTree(body);
        } catch (JacksonException e) {
            throw new InvalidSourcesException("not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new InvalidSourcesException("a source is an object with id, type and url or urls");
        }
        return source(node, 0);
    }

    public SourcesConfig parse(String yaml) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JacksonException e) {
            throw new InvalidSourcesException("not valid YAML: " + e.getOriginalMessage());
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return new SourcesConfig(List.of(), List.of());
        }
        List<String> allowed = strings(root.path("allowed-hosts"), "allowed-hosts");
        List<Source> sources = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int index = 0;
        for (JsonNode node : root.path("sources")) {
            Source s = source(node, index++);
            if (!ids.add(s.id())) {
                throw new InvalidSourcesException("source id '" + s.id() + "' is used twice");
            }
            sources.add(s);
        }
        return new SourcesConfig(allowed, sources);
    }

    private static Source source(JsonNode node, int index) {
        String id = text(node, "id");
        String where = id == null ? "sources[" + index + "]" : "source '" + id + "'";
        if (id == null || id.isBlank()) {
            throw new InvalidSourcesException(where + ": 'id' is required");
        }
        String typeName = text(node, "type");
        if (typeName == null) {
            throw new InvalidSourcesException(where + ": 'type' is required (feed, sitemap or urls)");
        }
        SourceType type;
        try {
            type = SourceType.valueOf(typeName.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidSourcesException(where + ": unknown type '" + typeName + "' (feed, sitemap or urls)");
        }
        String url = text(node, "url");
        List<String> urls = strings(node.path("urls"), where + ".urls");
        if (type != SourceType.URLS && url == null) {
            throw new InvalidSourcesException(where + ": a " + typeName.toLowerCase(Locale.ROOT) + " needs 'url'");
        }
        if (type == SourceType.URLS && urls.isEmpty()) {
            throw new InvalidSourcesException(where + ": a url list needs 'urls'");
        }
        List<String> all = new ArrayList<>(urls);
        if (url != null) {
            all.add(url);
        }
        all.forEach(u -> requireHttp(u, where));
        Duration pollEvery = null;
        String poll = text(node, "poll-every");
        if (poll != null) {
            try {
                pollEvery = DurationStyle.detectAndParse(poll);
            } catch (IllegalArgumentException e) {
                throw new InvalidSourcesException(where + ": poll-every '" + poll + "' is not a duration (e.g. 30s, 5m)");
            }
            if (pollEvery.isNegative() || pollEvery.isZero()) {
                throw new InvalidSourcesException(where + ": poll-every must be positive");
            }
        }
        return new Source(id, type, url, urls, pollEvery);
    }

    private static void requireHttp(String url, String where) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new InvalidSourcesException(where + ": '" + url + "' is not an http(s) URL");
            }
        } catch (java.net.URISyntaxException e) {
            throw new InvalidSourcesException(where + ": '" + url + "' is not a URL: " + e.getReason());
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asString().trim();
    }

    private static List<String> strings(JsonNode node, String where) {
        if (node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new InvalidSourcesException(where + " must be a list");
        }
        List<String> out = new ArrayList<>();
        node.forEach(n -> out.add(n.asString().trim()));
        return out;
    }
}
