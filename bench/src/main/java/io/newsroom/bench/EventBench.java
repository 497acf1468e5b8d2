package io.newsroom.bench;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.newsroom.contracts.Entity;
import io.newsroom.enrich.entity.EntityTagger;
import io.newsroom.enrich.event.EventDetector;
import io.newsroom.enrich.extract.Extraction;

/**
 * Event detection speed, single-threaded: the events stage alone (extraction and entity tagging run once,
 * beforehand, as the stages before it in the service) over the five seed articles, round after round.
 */
final class EventBench {

    private EventBench() {
    }

    static void run(List<String> args) throws IOException {
        int rounds = args.size() >= 2 && args.get(0).equals("--rounds") ? Integer.parseInt(args.get(1)) : 10;
        List<Extraction> articles = SeedArticles.extracted();
        EntityTagger tagger = EntityTagger.shipped();
        List<List<Entity>> entities = new ArrayList<>();
        for (Extraction a : articles) {
            entities.add(tagger.tag(a.title(), a.text(), a.published() == null ? null : a.published().toLocalDate()));
        }
        EventDetector detector = new EventDetector();
        LocalDate fetched = LocalDate.of(2026, 11, 27);
        System.out.printf("articles: %s characters of text%n",
                Arrays.toString(articles.stream().mapToInt(a -> a.text().length()).toArray()));
        int perRound = 5000;
        System.out.println("| round | articles/s | events/s | p50 ms | p99 ms |");
        System.out.println("|---|---|---|---|---|");
        for (int round = 0; round <= rounds; round++) {
            long[] times = new long[perRound];
            long events = 0;
            long start = System.nanoTime();
            for (int i = 0; i < perRound; i++) {
                Extraction a = articles.get(i % articles.size());
                long s = System.nanoTime();
                events += detector.detect(a.title(), a.text(), a.lang(), entities.get(i % articles.size()),
                        a.published() == null ? null : a.published().toLocalDate(), fetched).size();
                times[i] = System.nanoTime() - s;
            }
            double secs = (System.nanoTime() - start) / 1e9;
            Arrays.sort(times);
            if (round == 0) {
                continue; // warm-up
            }
            System.out.printf("| %d | %.0f | %.0f | %.2f | %.2f |%n", round, perRound / secs, events / secs,
                    times[perRound / 2] / 1e6, times[perRound * 99 / 100] / 1e6);
        }
    }
}
