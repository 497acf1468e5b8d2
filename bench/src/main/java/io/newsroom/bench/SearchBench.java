package io.newsroom.bench;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import io.newsroom.contracts.ArticleId;
import io.newsroom.contracts.EnrichedArticle;
import io.newsroom.contracts.Entity;
import io.newsroom.contracts.ItemHints;
import io.newsroom.enrich.core.Enricher;
import io.newsroom.ingest.fetch.CharsetSniffer;
import io.newsroom.localstack.LocalElasticsearch;
import io.newsroom.localstack.StackPaths;
import io.newsroom.search.SearchClients;
import io.newsroom.search.SearchSettings;
import io.newsroom.search.article.ArticleFacets;
import io.newsroom.search.article.ArticleQuery;
import io.newsroom.search.article.ArticleSearch;
import io.newsroom.search.entity.EntityDirectory;
import io.newsroom.search.index.ArticleDocument;
import io.newsroom.search.index.ArticleIndex;

/**
 * Search-with-facets latency over a generated corpus on a real Elasticsearch node (started here, heap as given,
 * request cache off): articles made from real pages (the seeds, and the pages of a directory when given), with
 * dates over two years, 40 sources and varied entity mixes; then a dashboard's search with facets (a result page
 * with highlights, then the facets) through the search library the query service runs, a name in the query also
 * matching its identity's articles as the API has it, at 1 and 4 concurrent clients.
 */
final class SearchBench {

    private static final List<String> TERMS = List.of("Putin", "Tokayev", "Lavrov", "Moscow", "Kazakhstan", "talks", "visit",
            "parade", "sanctions", "cooperation", "agreement", "\"Victory Day\"", "بوتين", "موسكو", "minister -Ukraine",
            "Russia | China");
    /** Queries run before any is timed. */
    private static final int WARM_UP = 1000;
    private static final List<String> EVENT_TYPES = List.of("VISIT", "TALKS", "MEETING", "CEREMONY", "AGREEMENT");

    private SearchBench() {
    }

    static void run(List<String> args) throws Exception {
        int articles = option(args, "--articles", 100_000);
        int queries = option(args, "--queries", 1000);
        String heap = args.contains("--heap") ? args.get(args.indexOf("--heap") + 1) : "1g";
        Path pages = args.contains("--pages") ? Path.of(args.get(args.indexOf("--pages") + 1)) : null;

        List<EnrichedArticle> bases = bases(pages);
        System.out.printf("base articles: %d real pages (seeds%s)%n", bases.size(), pages == null ? "" : " and " + pages);
        try (LocalElasticsearch node = LocalElasticsearch.temporary(StackPaths.fromBuild(), heap).start(Duration.ofMinutes(3));
             ElasticsearchClient es = SearchClients.connect(List.of(node.url()))) {
            ArticleIndex index = new ArticleIndex(es, SearchSettings.named("bench"));
            index.ensure();
            es.indices().putSettings(s -> s.index(index.alias()).withJson(new StringReader("{\"index.requests.cache.enable\": false}")));
            List<String> entityPool = load(es, index, bases, articles);
            var stats = es.indices().stats(s -> s.index(index.alias()));
            long count = es.count(c -> c.index(index.alias())).count();
            System.out.printf("node heap %s; index: %d articles (%d Lucene documents with the nested entities and events), "
                    + "%.0f MB, request cache off%n", heap, count, stats.all().primaries().docs().count(),
                    stats.all().primaries().store().sizeInBytes() / 1e6);

            ArticleSearch search = new ArticleSearch(es, index);
            ArticleFacets facets = new ArticleFacets(es, index);
            List<ArticleQuery> mix = mix(queries * 4 + WARM_UP, entityPool, new EntityDirectory());
            System.out.println("query mix: a query term (names, words, Arabic, a phrase, an exclusion, an or) in 3 of 4, "
                    + "with a language, entity, event type or 30-day date filter in 1 of 2; each query = result page of 20 "
                    + "with highlights, then its facets (languages, sources, event types, top 10 entities per type): the two "
                    + "requests a dashboard makes, one after the other; the last two rows time each alone");
            measure(search, facets, mix.subList(0, WARM_UP), 1, true, true); // warm-up: JIT, caches, global ordinals
            System.out.println("| clients | queries | queries/s | p50 ms | p95 ms | p99 ms | max ms |");
            System.out.println("|---|---|---|---|---|---|---|");
            report("1", measure(search, facets, mix.subList(WARM_UP, WARM_UP + queries), 1, true, true), queries);
            report("4", measure(search, facets, mix.subList(WARM_UP, WARM_UP + queries * 4), 4, true, true), queries * 4);
            report("1, result page only", measure(search, facets, mix.subList(WARM_UP, WARM_UP + queries), 1, true, false), queries);
            report("1, facets only", measure(search, facets, mix.subList(WARM_UP, WARM_UP + queries), 1, false, true), queries);
        }
    }

    private static int option(List<String> args, String name, int absent) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? Integer.parseInt(args.get(i + 1)) : absent;
    }

    /** The seeds and the pages of the directory, through the enricher as the service reads them. */
    static List<EnrichedArticle> bases(Path pages) throws IOException {
        Enricher enricher = Enricher.shipped();
        List<EnrichedArticle> out = new ArrayList<>();
        for (var x : SeedArticles.extracted()) {
            Enricher.Result r = enricher.text(x.title() + "\n" + x.text());
            out.add(article("seed", x.title(), x.text(), x.lang(), r));
        }
        if (pages != null) {
            CharsetSniffer charsets = new CharsetSniffer();
            try (Stream<Path> files = Files.list(pages)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                    byte[] bytes = Files.readAllBytes(f);
                    try {
                        Enricher.Result r = enricher.page(charsets.decode(bytes, charsets.sniff(bytes, null)), "http://localhost/",
                                ItemHints.none(), null);
                        if (!r.extraction().text().isBlank()) {
                            out.add(article(f.getFileName().toString(), r.extraction().title(), r.extraction().text(),
                                    r.extraction().lang(), r));
                        }
                    } catch (RuntimeException unreadable) {
                        // a page the extractor refuses is no base article
                    }
                }
            }
        }
        return out;
    }

    private static EnrichedArticle article(String name, String title, String text, String lang, Enricher.Result r) {
        String url = "http://base/" + name;
        return new EnrichedArticle(1, ArticleId.of(url), url, "base", 1, title, text, lang, null, List.of(), Instant.now(),
                Instant.now(), null, null, null, null, r.entities(), r.events(), null);
    }

    /** @return the ids of the entities the corpus mentions, for entity filters */
    private static List<String> load(ElasticsearchClient es, ArticleIndex index, List<EnrichedArticle> bases, int n) throws IOException {
        Random random = new Random(42);
        List<Entity> pool = bases.stream().flatMap(b -> b.entities().stream()).filter(e -> e.id() != null).distinct().toList();
        Instant now = Instant.parse("2026-11-27T00:00:00Z");
        long t0 = System.nanoTime();
        for (int from = 0; from < n; from += 1000) {
            BulkRequest.Builder bulk = new BulkRequest.Builder();
            for (int i = from; i < Math.min(n, from + 1000); i++) {
                EnrichedArticle b = bases.get(i % bases.size());
                List<Entity> entities = new ArrayList<>();
                for (Entity e : b.entities()) {
                    if (random.nextInt(5) > 0) {
                        entities.add(e);
                    }
                }
                for (int k = random.nextInt(4); k > 0 && !pool.isEmpty(); k--) {
                    Entity extra = pool.get(random.nextInt(pool.size()));
                    if (entities.stream().noneMatch(e -> extra.id().equals(e.id()))) {
                        entities.add(new Entity(extra.id(), extra.name(), extra.type(), random.nextDouble(), List.of()));
                    }
                }
                List<String> paragraphs = new ArrayList<>(Arrays.asList(b.text().split("\n")));
                Collections.rotate(paragraphs, i % Math.max(1, paragraphs.size()));
                String url = "https://site" + (i % 40) + ".example/news/" + i;
                Instant published = now.minus(random.nextInt(730 * 24), ChronoUnit.HOURS);
                EnrichedArticle a = new EnrichedArticle(1, ArticleId.of(url), url, "source-" + (i % 40), 1, b.title(),
                        String.join("\n", paragraphs), b.lang(), published, List.of(), published, published, null, null, null, null,
                        entities, b.events(), null);
                bulk.operations(op -> op.index(x -> x.index(index.writeAlias()).id(a.id()).document(ArticleDocument.of(a, null))));
            }
            var response = es.bulk(bulk.build());
            if (response.errors()) {
                throw new IllegalStateException("bulk indexing failed: " + response.items().stream()
                        .filter(it -> it.error() != null).findFirst().map(it -> it.error().reason()).orElse("?"));
            }
            if ((from / 1000) % 20 == 19) {
                System.out.printf("indexed %d/%d%n", from + 1000, n);
            }
        }
        es.indices().refresh(r -> r.index(index.alias()));
        System.out.printf("indexed %d articles in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
        return pool.stream().map(Entity::id).toList();
    }

    /** Queries as the API runs them: a name in the text also matches its identity's articles (see ArticleController). */
    private static List<ArticleQuery> mix(int n, List<String> entities, EntityDirectory names) {
        Random random = new Random(7);
        Instant now = Instant.parse("2026-11-27T00:00:00Z");
        List<ArticleQuery> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String text = random.nextInt(4) > 0 ? TERMS.get(random.nextInt(TERMS.size())) : null;
            String lang = null;
            String entity = null;
            String eventType = null;
            Instant from = null;
            Instant to = null;
            if (random.nextBoolean()) {
                switch (random.nextInt(4)) {
                    case 0 -> lang = random.nextBoolean() ? "en" : "ar";
                    case 1 -> entity = entities.get(random.nextInt(entities.size()));
                    case 2 -> eventType = EVENT_TYPES.get(random.nextInt(EVENT_TYPES.size()));
                    default -> {
                        from = now.minus(random.nextInt(700), ChronoUnit.DAYS);
                        to = from.plus(30, ChronoUnit.DAYS);
                    }
                }
            }
            ArticleQuery q = new ArticleQuery(text, lang, from, to, 20, null, entity, null, null, eventType, null, false, false, null);
            out.add(text == null ? q : names.namedBy(text).map(q::withNamedEntity).orElse(q));
        }
        return out;
    }

    /** @return per-query latencies in nanoseconds, and the wall time last */
    private static long[] measure(ArticleSearch search, ArticleFacets facets, List<ArticleQuery> queries, int clients,
                                  boolean page, boolean counts) throws Exception {
        long[] times = new long[queries.size() + 1];
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                done.add(pool.submit(() -> {
                    for (int i = client; i < queries.size(); i += clients) {
                        long s = System.nanoTime();
                        if (page) {
                            search.search(queries.get(i));
                        }
                        if (counts) {
                            facets.facets(queries.get(i), 10);
                        }
                        times[i] = System.nanoTime() - s;
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        times[queries.size()] = System.nanoTime() - start;
        return times;
    }

    private static void report(String clients, long[] times, int n) {
        long wall = times[n];
        long[] t = Arrays.copyOf(times, n);
        Arrays.sort(t);
        System.out.printf("| %s | %d | %.0f | %.1f | %.1f | %.1f | %.1f |%n", clients, n, n / (wall / 1e9), t[n / 2] / 1e6,
                t[n * 95 / 100] / 1e6, t[n * 99 / 100] / 1e6, t[n - 1] / 1e6);
    }
}
