package io.newsroom.cli.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps extraction quality from sliding: {@code ./newsroom extract}'s code over 30 labelled real pages
 * (src/test/resources/eval-sample, see its README), scored the way shared/eval/score.py scores. The floors sit a
 * little under the figures measured when they were set (text F1 0.976, title 0.821, date 1.000, author 0.857,
 * language 1.000): one more miss among the 13 dates or 14 authors still passes, two do not.
 */
class ExtractCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern TOKEN = Pattern.compile("[\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff]|"
            + "[\\p{L}\\p{N}&&[^\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff]]+");

    @TempDir
    static Path out;
    static Path sample;
    static String console;

    @BeforeAll
    static void extractTheSample() throws Exception {
        sample = Path.of(ExtractCommandTest.class.getResource("/eval-sample/urls.tsv").toURI()).getParent();
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        int rc = new ExtractCommand().run(List.of(sample.toString(), out.toString(), "--urls",
                sample.resolve("urls.tsv").toString()), new PrintStream(stdout, true, StandardCharsets.UTF_8), System.err);
        assertThat(rc).isZero();
        console = stdout.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyPageGetsAJsonWithTheDocumentedFieldsAndASummaryLine() throws Exception {
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.count()).isEqualTo(30);
        }
        JsonNode one = JSON.readTree(out.resolve("wcxb-d0001.json").toFile());
        assertThat(one.propertyNames()).contains("url", "title", "text", "date", "author", "credit", "lang");
        assertThat(one.get("url").asString()).startsWith("https://scratchculinary.com/");
        assertThat(one.get("date").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(console).contains("extract: 30 files in");
    }

    @Test
    void qualityStaysAboveTheMeasuredFloors() throws Exception {
        double f1 = 0;
        int titles = 0;
        int titleHits = 0;
        int dates = 0;
        int dateHits = 0;
        int authors = 0;
        int authorHits = 0;
        int langHits = 0;
        int pages = 0;
        try (Stream<Path> labels = Files.list(sample)) {
            for (Path label : labels.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode gold = JSON.readTree(label.toFile());
                JsonNode pred = JSON.readTree(out.resolve(label.getFileName()).toFile());
                pages++;
                f1 += tokenF1(text(pred, "text"), text(gold, "text"));
                if (!gold.get("title").isNull()) {
                    titles++;
                    titleHits += normTitle(text(pred, "title")).equals(normTitle(text(gold, "title"))) ? 1 : 0;
                }
                if (!gold.get("date").isNull()) {
                    dates++;
                    dateHits += text(pred, "date").startsWith(text(gold, "date")) ? 1 : 0;
                }
                if (!gold.get("author").isNull()) {
                    authors++;
                    authorHits += names(text(pred, "author")).equals(names(text(gold, "author"))) ? 1 : 0;
                }
                langHits += text(pred, "lang").equals(text(gold, "lang")) ? 1 : 0;
            }
        }
        assertThat(f1 / pages).as("text F1").isGreaterThanOrEqualTo(0.96);
        assertThat((double) titleHits / titles).as("title exact").isGreaterThanOrEqualTo(0.78);
        assertThat((double) dateHits / dates).as("date exact").isGreaterThanOrEqualTo(0.92);
        assertThat((double) authorHits / authors).as("author exact").isGreaterThanOrEqualTo(0.78);
        assertThat((double) langHits / pages).as("language").isGreaterThanOrEqualTo(0.96);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? "" : v.asString();
    }

    static double tokenF1(String predicted, String truth) {
        Map<String, Integer> p = bag(predicted);
        Map<String, Integer> t = bag(truth);
        if (p.isEmpty() && t.isEmpty()) {
            return 1;
        }
        int overlap = 0;
        for (var e : p.entrySet()) {
            overlap += Math.min(e.getValue(), t.getOrDefault(e.getKey(), 0));
        }
        int np = p.values().stream().mapToInt(Integer::intValue).sum();
        int nt = t.values().stream().mapToInt(Integer::intValue).sum();
        if (overlap == 0) {
            return 0;
        }
        double precision = (double) overlap / np;
        double recall = (double) overlap / nt;
        return 2 * precision * recall / (precision + recall);
    }

    private static Map<String, Integer> bag(String s) {
        Map<String, Integer> bag = new HashMap<>();
        Matcher m = TOKEN.matcher(Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
        while (m.find()) {
            bag.merge(m.group(), 1, Integer::sum);
        }
        return bag;
    }

    private static String normTitle(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        return n.replaceAll("^[ \"'“”«»‘’.:|\\-–—]+|[ \"'“”«»‘’.:|\\-–—]+$", "");
    }

    private static Set<String> names(String s) {
        Set<String> names = new TreeSet<>();
        String n = s.toLowerCase(Locale.ROOT).replaceFirst("^\\s*(by|von|par|por|автор:?)\\s+", "");
        for (String part : n.split("\\s*(?:,|;|&|\\band\\b|\\bund\\b|\\bи\\b|\\|)\\s*")) {
            String name = part.replaceAll("\\s+", " ").strip();
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    @Test
    void tokenF1CountsCjkCharactersAsTokens() throws URISyntaxException {
        assertThat(tokenF1("北京 talks", "北 京 Talks")).isEqualTo(1.0);
        assertThat(tokenF1("a b", "c d")).isZero();
    }
}
