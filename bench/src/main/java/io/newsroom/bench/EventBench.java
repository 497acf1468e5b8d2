package io.newsroom.bench;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.newsroom.contracts.Entity;
import io.newsroom.enrich.entity.EntityTagger;
import io.newsroom.enrich.event.EventDetector;
import io.newsroom.enrich.event.PoliticalActors;
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
            entities.add(tagger.tag(a.title(), a.text(), a.published() == null ? null : a.published().toLocalDate(), a.lang()));
        }
        EventDetector detector = new EventDetector(tagger.gazetteer().capitals(), PoliticalActors.of(tagger.gazetteer()));
        LocalDate fetched = LocalDate.of(2026, 11, 27);
        System.out.printf("articles: %s characters of text%n",
                Arrays.toString(articles.stream().mapToInt(a -> a.text().length()).toArray()));
        TimedRounds.run(rounds, 5000, "articles", "events", i -> {
            Extraction a = articles.get(i % articles.size());
            return detector.detect(a.title(), a.text(), a.lang(), entities.get(i % articles.size()),
                    a.published() == null ? null : a.published().toLocalDate(), fetched).size();
        });
    }
}
