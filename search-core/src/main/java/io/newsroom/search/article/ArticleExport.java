package io.newsroom.search.article;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.newsroom.search.index.ArticleIndex;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every article a query matches, newest first, written as it is read: NDJSON (one article a line, text included)
 * or CSV (one article a row, RFC 4180 quoting, entities as names). Pages of {@link #PAGE} through the index with
 * {@code search_after}, so memory stays flat however many articles match. Thread-safe.
 */
public class ArticleExport {

    private static final Logger log = LoggerFactory.getLogger(ArticleExport.class);
    private static final int PAGE = 500;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final List<String> CSV_COLUMNS = List.of("id", "url", "title", "lang", "publishedAt", "source", "authors",
            "siteName", "description", "entities", "events", "text");

    private final ElasticsearchClient es;
    private final ArticleIndex index;

    public ArticleExport(ElasticsearchClient es, ArticleIndex index) {
        this.es = es;
        this.index = index;
    }

    /** @return articles written */
    @SuppressWarnings({"rawtypes", "unchecked"})
    public long write(ArticleQuery q, boolean csv, long limit, OutputStream out) throws IOException {
        index.ensure();
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        if (csv) {
            w.write(String.join(",", CSV_COLUMNS) + "\r\n");
        }
        long written = 0;
        List<FieldValue> after = null;
        while (written < limit) {
            List<FieldValue> from = after;
            int size = (int) Math.min(PAGE, limit - written);
            SearchResponse<Map> r = es.search(s -> {
                s.index(index.alias()).size(size).query(ArticleSearch.query(q))
                        .source(src -> src.filter(f -> f.excludes("text_*", "title_*", "entities.mentions", "simhashBands")))
                        .sort(o -> o.field(f -> f.field("date").order(SortOrder.Desc).missing("_last")))
                        .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
                if (from != null) {
                    s.searchAfter(from);
                }
                return s;
            }, Map.class);
            List<Hit<Map>> hits = r.hits().hits();
            for (Hit<Map> h : hits) {
                Map<String, Object> doc = h.source();
                w.write(csv ? csvRow(doc) : JSON.writeValueAsString(doc) + "\n");
                written++;
            }
            w.flush();
            if (hits.size() < size) {
                break;
            }
            after = hits.get(hits.size() - 1).sort();
        }
        log.info("exported {} article(s) as {}", written, csv ? "CSV" : "NDJSON");
        return written;
    }

    @SuppressWarnings("unchecked")
    static String csvRow(Map<String, Object> doc) {
        StringBuilder row = new StringBuilder();
        for (String column : CSV_COLUMNS) {
            if (!row.isEmpty()) {
                row.append(',');
            }
            Object v = doc.get(column);
            String cell = switch (column) {
                case "authors" -> v instanceof List<?> l ? l.stream().map(String::valueOf).collect(Collectors.joining("; ")) : "";
                case "entities" -> v instanceof List<?> l ? ((List<Map<String, Object>>) l).stream()
                        .map(e -> String.valueOf(e.get("name"))).collect(Collectors.joining("; ")) : "";
                case "events" -> v instanceof List<?> l ? ((List<Map<String, Object>>) l).stream()
                        .map(e -> e.get("type") + " " + e.get("status")).collect(Collectors.joining("; ")) : "";
                default -> v == null ? "" : String.valueOf(v);
            };
            row.append(quote(cell));
        }
        return row.append("\r\n").toString();
    }

    private static String quote(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
