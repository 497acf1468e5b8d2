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
        int perRound = 2000;
        System.out.println("| round | articles/s | entities/s | p50 ms | p99 ms |");
        System.out.println("|---|---|---|---|---|");
        for (int round = 0; round <= rounds; round++) {
            long[] times = new long[perRound];
            long entities = 0;
            long start = System.nanoTime();
            for (int i = 0; i < perRound; i++) {
                Extraction a = articles.get(i % articles.size());
                long s = System.nanoTime();
                entities += tagger.tag(a.title(), a.text(), null).size();
                times[i] = System.nanoTime() - s;
            }
            double secs = (System.nanoTime() - start) / 1e9;
            Arrays.sort(times);
            if (round == 0) {
                continue; // warm-up
            }
            System.out.printf("| %d | %.0f | %.0f | %.2f | %.2f |%n", round, perRound / secs, entities / secs,
                    times[perRound / 2] / 1e6, times[perRound * 99 / 100] / 1e6);
        }
    }
}
