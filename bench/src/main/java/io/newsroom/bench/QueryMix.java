package io.newsroom.bench;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.newsroom.search.article.ArticleParams;

/**
 * The dashboard's search filters as the browser sends them (strings, parsed by the API's own parser): a query term
 * in 3 of 4 (names, words, Arabic, a phrase, an exclusion, an or), with a language, entity, event type or 30-day date
 * filter in 1 of 2. A fixed seed, so every run asks the same.
 */
final class QueryMix {

    private static final List<String> TERMS = List.of("Putin", "Tokayev", "Lavrov", "Moscow", "Kazakhstan", "talks", "visit",
            "parade", "sanctions", "cooperation", "agreement", "\"Victory Day\"", "بوتين", "موسكو", "minister -Ukraine",
            "Russia | China");
    private static final List<String> EVENT_TYPES = List.of("VISIT", "TALKS", "MEETING", "CEREMONY", "AGREEMENT");

    private QueryMix() {
    }

    /** @param entities ids the entity filter picks from */
    static List<ArticleParams> of(int n, List<String> entities) {
        Random random = new Random(7);
        LocalDate today = LocalDate.ofInstant(Corpus.NOW, ZoneOffset.UTC);
        List<ArticleParams> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String text = random.nextInt(4) > 0 ? TERMS.get(random.nextInt(TERMS.size())) : null;
            String lang = null;
            String entity = null;
            String eventType = null;
            String from = null;
            String to = null;
            if (random.nextBoolean()) {
                switch (random.nextInt(4)) {
                    case 0 -> lang = random.nextBoolean() ? "en" : "ar";
                    case 1 -> entity = entities.get(random.nextInt(entities.size()));
                    case 2 -> eventType = EVENT_TYPES.get(random.nextInt(EVENT_TYPES.size()));
                    default -> {
                        LocalDate f = today.minusDays(random.nextInt(700));
                        from = f.toString();
                        to = f.plusDays(29).toString();
                    }
                }
            }
            out.add(new ArticleParams(text, lang, from, to, "20", null, entity, null, null, eventType, null, null, null));
        }
        return out;
    }
}
