package io.newsroom.bench;

import java.nio.file.Path;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.newsroom.contracts.EnrichedArticle;
import io.newsroom.contracts.Entity;
import io.newsroom.localstack.LocalElasticsearch;
import io.newsroom.search.SearchClients;
import io.newsroom.search.article.ArticleFacets;
import io.newsroom.search.article.ArticleQuery;
import io.newsroom.search.article.ArticleQueryParser;
import io.newsroom.search.article.ArticleSearch;
import io.newsroom.search.entity.EntityDirectory;
import io.newsroom.search.index.ArticleIndex;

/**
 * Search-with-facets latency over a generated corpus on a real Elasticsearch node (started here, heap as given,
 * request cache off): articles made from real pages (the seeds, and the pages of a directory when given), with
 * dates over two years, 40 sources and varied entity mixes; then a dashboard's search with facets (a result page
 * with highlights, then the facets) through the search library the query service runs, a name in the query also
 * matching its identity's articles as the API has it, at 1 and 4 concurrent clients.
 */
final class SearchBench {

    /** Queries run before any is timed. */
    private static final int WARM_UP = 1000;

    private SearchBench() {
    }

    static void run(List<String> args) throws Exception {
        int articles = Options.number(args, "--articles", 100_000);
        int queries = Options.number(args, "--queries", 1000);
        String heap = Options.text(args, "--heap", "1g");
        String pages = Options.text(args, "--pages", null);

        List<EnrichedArticle> bases = Corpus.bases(pages == null ? null : Path.of(pages));
        System.out.printf("base articles: %d real pages (seeds%s)%n", bases.size(), pages == null ? "" : " and " + pages);
        try (LocalElasticsearch node = Corpus.node(heap);
             ElasticsearchClient es = SearchClients.connect(List.of(node.url()))) {
            ArticleIndex index = Corpus.index(es);
            Corpus.load(es, index, bases, articles, a -> { });
            Corpus.describe(es, index, heap);

            ArticleSearch search = new ArticleSearch(es, index);
            ArticleFacets facets = new ArticleFacets(es, index);
            // as the API runs them: a name in the text also matches its identity's articles
            ArticleQueryParser parser = new ArticleQueryParser();
            EntityDirectory names = new EntityDirectory();
            List<ArticleQuery> mix = QueryMix.of(queries * 4 + WARM_UP, Corpus.entities(bases).stream().map(Entity::id).toList())
                    .stream().map(p -> parser.parse(p, names)).toList();
            System.out.println("query mix: a query term (names, words, Arabic, a phrase, an exclusion, an or) in 3 of 4, "
                    + "with a language, entity, event type or 30-day date filter in 1 of 2; each query = result page of 20 "
                    + "with highlights, then its facets (languages, sources, event types, top 10 entities per type): the two "
                    + "requests a dashboard makes, one after the other; the last two rows time each alone");
            measure(search, facets, mix.subList(0, WARM_UP), 1, true, true); // warm-up: JIT, caches, global ordinals
            System.out.println("| clients | queries | queries/s | p50 ms | p95 ms | p99 ms | max ms |");
            System.out.println("|---|---|---|---|---|---|---|");
            report("1", measure(search, facets, mix.subList(WARM_UP, WARM_UP + queries), 1, true, true));
            report("4", measure(search, facets, mix.subList(WARM_UP, WARM_UP + queries * 4), 4, true, true));
            report("1, result page only", measure(search, facets, mix.subList(WARM_UP, WARM_UP + queries), 1, true, false));
            report("1, facets only", measure(search, facets, mix.subList(WARM_UP, WARM_UP + queries), 1, false, true));
        }
    }

    private static Latencies measure(ArticleSearch search, ArticleFacets facets, List<ArticleQuery> queries, int clients,
                                     boolean page, boolean counts) throws Exception {
        return Latencies.measure(queries.stream().<Latencies.Call>map(q -> () -> {
            if (page) {
                search.search(q);
            }
            if (counts) {
                facets.facets(q, 10);
            }
        }).toList(), clients);
    }

    private static void report(String clients, Latencies t) {
        System.out.printf("| %s | %d | %.0f | %.1f | %.1f | %.1f | %.1f |%n", clients, t.count(), t.perSecond(), t.ms(0.5),
                t.ms(0.95), t.ms(0.99), t.maxMs());
    }
}
