package io.newsroom.search.article;

import java.util.List;

/**
 * One page of results, as {@code GET /api/articles} returns it.
 *
 * @param total all matching articles
 * @param items this page
 * @param next  the cursor for the following page, null on the last
 */
public record ArticlePage(long total, List<ArticleSummary> items, String next) {

    public ArticlePage {
        items = List.copyOf(items);
    }
}
