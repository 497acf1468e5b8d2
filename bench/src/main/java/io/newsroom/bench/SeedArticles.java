package io.newsroom.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.newsroom.contracts.ItemHints;
import io.newsroom.enrich.extract.ArticleExtractor;
import io.newsroom.enrich.extract.Extraction;
import io.newsroom.enrich.extract.LanguageIdentifier;

/** The five seed articles (English and Arabic, 1.5 to 5.6 thousand characters of text each), extracted once. */
final class SeedArticles {

    private static final String[][] SEEDS = {{"/sample-site/worlddesk/victory-day-leaders.html", "UTF-8"},
            {"/sample-site/arabic/tokayev-visit.html", "windows-1256"}, {"/sample-site/tdi/lavrov-tajikistan.html", "UTF-8"},
            {"/sample-site/almayadeen/putin-xi-talks.html", "UTF-8"}, {"/sample-site/cambarysu/russia-uzbekistan.html", "UTF-8"}};

    private SeedArticles() {
    }

    /** The seed pages' classpath resources. */
    static List<String> pages() {
        return Arrays.stream(SEEDS).map(s -> s[0]).toList();
    }

    static List<Extraction> extracted() throws IOException {
        ArticleExtractor extractor = new ArticleExtractor(new LanguageIdentifier());
        List<Extraction> articles = new ArrayList<>();
        for (String[] seed : SEEDS) {
            try (InputStream in = SeedArticles.class.getResourceAsStream(seed[0])) {
                articles.add(extractor.extract(new String(in.readAllBytes(), Charset.forName(seed[1])), "http://localhost/",
                        ItemHints.none()));
            }
        }
        return articles;
    }
}
