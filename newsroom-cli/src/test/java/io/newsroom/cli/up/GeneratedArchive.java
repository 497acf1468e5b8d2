package io.newsroom.cli.up;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * News pages made up for load and fault tests: each article has its own text (random sentences from a seed of its
 * number, so no two are near copies), a headline, a byline and a date; every {@link #ALERT_EVERY}th mentions the
 * alert word. A revision appends an update paragraph, so its visible text changes.
 */
final class GeneratedArchive {

    /** The word an alert rule in the fault test looks for. */
    static final String ALERT_WORD = "tungsten";
    static final int ALERT_EVERY = 8;

    private static final List<String> WORDS = List.of("minister", "government", "talks", "officials", "economy",
            "border", "trade", "parliament", "election", "security", "council", "energy", "agreement", "delegation",
            "capital", "region", "budget", "reform", "market", "farmers", "harvest", "railway", "port", "bridge",
            "schools", "hospital", "workers", "union", "strike", "court", "ruling", "police", "protest", "festival",
            "museum", "exhibition", "company", "investment", "bank", "inflation", "currency", "exports", "imports",
            "drought", "flood", "weather", "climate", "water", "pipeline", "airport", "flights", "tourism", "hotel",
            "students", "university", "research", "satellite", "launch", "football", "match", "coach", "league",
            "village", "mayor", "district", "road", "construction", "housing", "prices", "fuel", "electricity",
            "network", "internet", "mobile", "factory", "production", "steel", "copper", "cotton", "wheat", "rice",
            "fishing", "coast", "island", "mountain", "river", "valley", "desert", "forest", "park", "wildlife");
    private static final List<String> VERBS = List.of("announced", "discussed", "reviewed", "approved", "rejected",
            "opened", "expanded", "criticised", "welcomed", "postponed", "funded", "inspected", "debated", "reported");

    private GeneratedArchive() {
    }

    static String url(int article) {
        return "https://news-" + (article % 40) + ".fault.example/articles/" + article;
    }

    static boolean mentionsAlertWord(int article) {
        return article % ALERT_EVERY == 0;
    }

    static String revisionMarker(int article) {
        return "correction" + article + "z";
    }

    static String html(int article, boolean revised) {
        Random random = new Random(article * 7919L);
        StringBuilder body = new StringBuilder();
        for (int p = 0; p < 6; p++) {
            body.append("<p>");
            for (int s = 0; s < 3; s++) {
                body.append(sentence(random)).append(' ');
            }
            if (p == 2 && mentionsAlertWord(article)) {
                body.append("Traders said the price of ").append(ALERT_WORD).append(" rose again this week. ");
            }
            body.append("</p>\n");
        }
        if (revised) {
            body.append("<p>Update: an earlier version of this report misstated a figure (")
                    .append(revisionMarker(article)).append(").</p>\n");
        }
        String title = "Report " + article + ": " + capitalised(WORDS.get(random.nextInt(WORDS.size()))) + " "
                + VERBS.get(random.nextInt(VERBS.size())) + " in the " + WORDS.get(random.nextInt(WORDS.size()));
        LocalDate date = LocalDate.of(2026, 1, 1).plusDays(article % 300);
        return """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%1$s | Fault Times</title>
                <meta property="article:published_time" content="%2$sT08:00:00Z"></head><body>
                <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav>
                <article><h1>%1$s</h1><p class="byline">By Staff Reporter</p>
                %3$s</article>
                <aside><h3>Most read</h3><ul><li><a href="/a">Another story</a></li></ul></aside>
                <footer>© Fault Times</footer></body></html>
                """.formatted(title, date, body);
    }

    private static String sentence(Random random) {
        StringBuilder s = new StringBuilder("The ");
        s.append(WORDS.get(random.nextInt(WORDS.size()))).append(' ').append(VERBS.get(random.nextInt(VERBS.size())));
        int n = 6 + random.nextInt(8);
        for (int i = 0; i < n; i++) {
            s.append(i % 3 == 1 ? " of the " : " ").append(WORDS.get(random.nextInt(WORDS.size())));
        }
        return s.append('.').toString();
    }

    private static String capitalised(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    /** Writes gzip WARC records; {@code close()} finishes the file. */
    static final class Writer implements AutoCloseable {
        private final WarcWriter warc;
        private final Instant capturedAt = Instant.parse("2026-11-01T12:00:00Z");

        Writer(Path file) throws IOException {
            warc = new WarcWriter(Files.newByteChannel(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING), WarcCompression.GZIP);
        }

        void article(int article, boolean revised) throws IOException {
            page(url(article), html(article, revised).getBytes(StandardCharsets.UTF_8));
        }

        void page(String url, byte[] html) throws IOException {
            record(url, new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html; charset=utf-8"), html).build());
        }

        void record(String url, HttpResponse response) throws IOException {
            warc.write(new WarcResponse.Builder(URI.create(url)).date(capturedAt).body(response).build());
        }

        @Override
        public void close() throws IOException {
            warc.close();
        }
    }
}
