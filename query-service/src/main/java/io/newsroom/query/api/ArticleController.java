package io.newsroom.query.api;

import java.io.IOException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.newsroom.query.search.ArticlePage;
import io.newsroom.query.search.ArticleQueryParser;
import io.newsroom.query.search.ArticleSearch;

@RestController
@RequestMapping("/api/articles")
class ArticleController {

    private final ArticleSearch search;
    private final ArticleQueryParser parser = new ArticleQueryParser();

    ArticleController(ArticleSearch search) {
        this.search = search;
    }

    /** Parameters arrive as strings so that a malformed one is a 400 naming it, not a generic conversion error. */
    @GetMapping
    ArticlePage search(@RequestParam(required = false) String q, @RequestParam(required = false) String lang,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String size, @RequestParam(required = false) String cursor)
            throws IOException {
        return search.search(parser.parse(q, lang, from, to, size, cursor));
    }
}
