package io.newsroom.search.article;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import io.newsroom.search.BadRequestException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The opaque {@code next} cursor: the sort values of a page's last item (Elasticsearch {@code search_after}),
 * as base64url JSON. Stable under concurrent indexing, unlike offsets. Pure and thread-safe.
 */
final class CursorCodec {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    String encode(List<Object> sortValues) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(sortValues));
    }

    List<Object> decode(String cursor) {
        try {
            JsonNode node = JSON.readTree(Base64.getUrlDecoder().decode(cursor));
            if (!node.isArray() || node.isEmpty()) {
                throw new BadRequestException("cursor is not one this API issued");
            }
            List<Object> values = new ArrayList<>();
            for (JsonNode v : node) {
                if (v.isIntegralNumber()) {
                    values.add(v.asLong());
                } else if (v.isNumber()) {
                    values.add(v.asDouble());
                } else if (v.isString()) {
                    values.add(v.asString());
                } else {
                    throw new BadRequestException("cursor is not one this API issued");
                }
            }
            return values;
        } catch (IllegalArgumentException | JacksonException e) {
            throw new BadRequestException("cursor is not one this API issued");
        }
    }
}
