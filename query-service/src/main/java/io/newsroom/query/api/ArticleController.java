package io.newsroom.query.api;

import java.io.IOException;
import java.util.Map;
import java.util.regex.Pattern;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import io.newsroom.query.QueryProperties;
import io.newsroom.search.BadRequestException;
import io.newsroom.search.article.ArticleExport;
import io.newsroom.search.article.ArticleFacets;
import io.newsroom.search.article.ArticlePage;
import io.newsroom.search.article.ArticleParams;
import io.newsroom.search.article.ArticleQuery;
import io.newsroom.search.article.ArticleQueryParser;
import io.newsroom.search.article.ArticleSearch;
import io.newsroom.search.article.Facets;
import io.newsroom.search.article.Timeline;
import io.newsroom.search.entity.EntityDirectory;
import io.newsroom.web.ApiKeyGuard;
import io.newsroom.web.NotFoundException;

@RestController
@RequestMapping("/api/articles")
class ArticleController {

    private final ArticleSearch search;
    private final ArticleFacets facets;
    private static final Pattern ID = Pattern.compile("[0-9a-f]{64}");

    private final ArticleQueryParser parser = new ArticleQueryParser();

    private final EntityDirectory directory;
    private final ArticleExport export;

    private final ApiKeyGuard guard;
    private final int maxExport;

    ArticleController(ArticleSearch search, ArticleFacets facets, EntityDirectory directory, ArticleExport export,
            ApiKeyGuard guard, QueryProperties.Export exportSettings) {
        this.search = search;
        this.facets = facets;
        this.directory = directory;
        this.export = export;
        this.guard = guard;
        this.maxExport = exportSettings.maxRows();
    }

    /** One article with its full text; 404 with a message when there is none with that id. */
    @GetMapping("/{id}")
    Map<String, Object> article(@PathVariable String id) throws IOException {
        if (!ID.matcher(id).matches()) {
            throw new BadRequestException("an article id is 64 lower-case hex characters (SHA-256 of its URL)");
        }
        return search.byId(id).orElseThrow(() -> new NotFoundException("no article " + id));
    }

    /** Languages, sources, event types and top entities per type over the articles the same filters match. */
    @GetMapping("/facets")
    Facets facets(@ParameterObject ArticleParams params, @RequestParam(required = false) String top) throws IOException {
        return facets.facets(parser.parse(params, directory), parser.top(top));
    }

    /** Matching articles per day, week, month or year. */
    @GetMapping("/timeline")
    Timeline timeline(@ParameterObject ArticleParams params, @RequestParam(required = false) String interval) throws IOException {
        String i = interval == null || interval.isBlank() ? "day" : interval.strip();
        if (!ArticleFacets.isInterval(i)) {
            throw new BadRequestException("interval must be day, week, month or year, was '" + interval + "'");
        }
        return facets.timeline(parser.parse(params, directory), i);
    }

    /** Parameters arrive as strings (ArticleParams) so that a malformed one is a 400 naming it. */
    @GetMapping
    ArticlePage search(@ParameterObject ArticleParams params) throws IOException {
        return search.search(parser.parse(params, directory));
    }

    /**
     * Every article the query matches, newest first, streamed as NDJSON (default) or CSV; {@code limit} caps the
     * count (default and most: {@code newsroom.query.export.max-rows}). Needs the read key or the write key. The key
     * and the parameters are checked before the first byte, so a refusal is still a 4xx with a message.
     */
    @GetMapping("/export")
    ResponseEntity<StreamingResponseBody> export(@RequestHeader(name = ApiKeyGuard.HEADER, required = false) String key,
            @ParameterObject ArticleParams params, @RequestParam(required = false) String format,
            @RequestParam(required = false) String limit) {
        guard.checkRead(key);
        String f = format == null || format.isBlank() ? "ndjson" : format.strip();
        if (!f.equals("ndjson") && !f.equals("csv")) {
            throw new BadRequestException("format must be ndjson or csv, was '" + format + "'");
        }
        long max;
        try {
            max = ArticleQueryParser.number("limit", limit, maxExport, maxExport);
        } catch (BadRequestException e) {
            throw new BadRequestException(e.getMessage() + " (an export is at most " + maxExport
                    + " articles: narrow the query, or page with /api/articles)");
        }
        ArticleQuery q = parser.parse(params, directory);
        boolean csv = f.equals("csv");
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(csv ? "text/csv; charset=utf-8" : "application/x-ndjson"))
                .header("Content-Disposition", "attachment; filename=\"articles." + f + "\"")
                .body(out -> export.write(q, csv, max, out));
    }
}
