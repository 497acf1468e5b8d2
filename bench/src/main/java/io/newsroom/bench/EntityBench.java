package io.newsroom.bench;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import io.newsroom.enrich.entity.EntityTagger;
import io.newsroom.enrich.extract.Extraction;

/**
 * Entity tagging speed, single-threaded: the tagging stage alone (the extractor runs once, beforehand) over the
 * five seed articles (English and Arabic, 1.5 to 5.6 thousand characters of article text each), round after round.
 */
final class EntityBench {

    private EntityBench() {
    }

    static void run(List<String> args) throws IOException {
        int rounds = args.size() >= 2 && args.get(0).equals("--rounds") ? Integer.parseInt(args.get(1)) : 10;
        long t0 = System.nanoTime();
        EntityTagger tagger = EntityTagger.shipped();
        System.out.printf("gazetteer: %d entries, ready in %.1f s%n", tagger.gazetteer().size(), (System.nanoTime() - t0) / 1e9);
        List<Extraction> articles = SeedArticles.extracted();
        System.out.printf("articles: %s characters of text%n",
                Arrays.toString(articles.stream().mapToInt(a -> a.text().length()).toArray()));
        TimedRounds.run(rounds, 2000, "articles", "entities", i -> {
            Extraction a = articles.get(i % articles.size());
            return tagger.tag(a.title(), a.text(), null, a.lang()).size();
        });
    }
}
