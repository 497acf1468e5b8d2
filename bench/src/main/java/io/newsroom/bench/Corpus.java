package io.newsroom.bench;

import java.io.IOException;
import java.io.StringReader;
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
import java.util.function.Consumer;
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
import io.newsroom.search.SearchSettings;
import io.newsroom.search.index.ArticleDocument;
import io.newsroom.search.index.ArticleIndex;

/**
 * The generated article corpus the search benches query: articles made from real pages (the seeds, and the pages of
 * a directory when given, each through the enricher for its entities and events), with dates over two years before
 * {@link #NOW}, 40 sources, each keeping 4 in 5 of its page's entities plus up to 3 others, paragraphs rotated;
 * indexed through the query service's own template on a real node with the request cache off. The same seed gives
 * the same corpus, so the benches' figures compare.
 */
final class Corpus {

    /** The corpus's present: its newest article is at most this recent. */
    static final Instant NOW = Instant.parse("2026-11-27T00:00:00Z");
    static final int SOURCES = 40;

    private Corpus() {
    }

    /** A node of its own with the given heap, started; close it to stop it. */
    static LocalElasticsearch node(String heap) throws IOException, InterruptedException {
        return LocalElasticsearch.temporary(StackPaths.fromBuild(), heap).start(Duration.ofMinutes(3));
    }

    /** The article indices under the bench's names, made through the service's template, request cache off. */
    static ArticleIndex index(ElasticsearchClient es) throws IOException {
        ArticleIndex index = new ArticleIndex(es, SearchSettings.named("bench"));
        index.ensure();
        es.indices().putSettings(s -> s.index(index.alias()).withJson(new StringReader("{\"index.requests.cache.enable\": false}")));
        return index;
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

    /** The entities the bases mention, each once. */
    static List<Entity> entities(List<EnrichedArticle> bases) {
        return bases.stream().flatMap(b -> b.entities().stream()).filter(e -> e.id() != null).distinct().toList();
    }

    /**
     * Indexes n articles made from the bases and refreshes.
     *
     * @param each sees every article as indexed, in order
     */
    static void load(ElasticsearchClient es, ArticleIndex index, List<EnrichedArticle> bases, int n,
            Consumer<EnrichedArticle> each) throws IOException {
        Random random = new Random(42);
        List<Entity> pool = entities(bases);
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
                String url = "https://site" + (i % SOURCES) + ".example/news/" + i;
                Instant published = NOW.minus(random.nextInt(730 * 24), ChronoUnit.HOURS);
                EnrichedArticle a = new EnrichedArticle(1, ArticleId.of(url), url, "source-" + (i % SOURCES), 1, b.title(),
                        String.join("\n", paragraphs), b.lang(), published, List.of(), published, published, null, null, null, null,
                        entities, b.events(), null);
                bulk.operations(op -> op.index(x -> x.index(index.writeAlias()).id(a.id()).document(ArticleDocument.of(a, null))));
                each.accept(a);
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
    }

    /** The index's size, as the benches print it. */
    static void describe(ElasticsearchClient es, ArticleIndex index, String heap) throws IOException {
        var stats = es.indices().stats(s -> s.index(index.alias()));
        long count = es.count(c -> c.index(index.alias())).count();
        System.out.printf("node heap %s; index: %d articles (%d Lucene documents with the nested entities and events), "
                + "%.0f MB, request cache off%n", heap, count, stats.all().primaries().docs().count(),
                stats.all().primaries().store().sizeInBytes() / 1e6);
    }
}
