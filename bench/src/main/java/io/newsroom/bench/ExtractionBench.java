package io.newsroom.bench;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jsoup.Jsoup;

import de.l3s.boilerpipe.BoilerpipeProcessingException;
import io.newsroom.contracts.ItemHints;
import io.newsroom.enrich.extract.ArticleExtractor;
import io.newsroom.enrich.extract.Extraction;
import io.newsroom.enrich.extract.LanguageIdentifier;
import io.newsroom.ingest.fetch.CharsetSniffer;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import tools.jackson.databind.json.JsonMapper;

/**
 * Extraction speed, single-threaded, on decoded pages held in memory: the newsroom extractor (everything
 * {@code ./newsroom extract} does per page: parse, text, metadata, language), readability4j 1.0.8, boilerpipe 1.2.2
 * (ArticleExtractor) and a bare jsoup parse of the same strings.
 */
final class ExtractionBench {

    private record Page(String id, String url, String html) {
    }

    private record Result(String title, String text) {
    }

    private interface Engine {
        Result run(Page page) throws Exception;
    }

    private static final int WARMUP_ROUNDS = 5;

    private ExtractionBench() {
    }

    static void run(Path dir, List<String> args) throws Exception {
        Map<String, String> urls = new HashMap<>();
        int rounds = 5;
        Path out = null;
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--urls" -> Files.readAllLines(Path.of(args.get(++i))).forEach(l -> {
                    String[] p = l.split("\t", 2);
                    if (p.length == 2) {
                        urls.put(p[0].strip(), p[1].strip());
                    }
                });
                case "--rounds" -> rounds = Integer.parseInt(args.get(++i));
                case "--out" -> out = Path.of(args.get(++i));
                default -> throw new IllegalArgumentException("unknown option " + args.get(i));
            }
        }
        List<Page> pages = load(dir, urls);
        ArticleExtractor newsroom = new ArticleExtractor(new LanguageIdentifier());
        Map<String, Engine> engines = new LinkedHashMap<>();
        engines.put("jsoup parse (bare)", p -> {
            Jsoup.parse(p.html(), p.url());
            return null;
        });
        engines.put("newsroom", p -> {
            Extraction x = newsroom.extract(p.html(), p.url(), ItemHints.none());
            return new Result(x.title(), x.text());
        });
        engines.put("readability4j 1.0.8", p -> {
            Article a = new Readability4J(p.url(), p.html()).parse();
            return new Result(a.getTitle(), a.getTextContent());
        });
        engines.put("boilerpipe 1.2.2", p -> {
            try {
                return new Result(null, de.l3s.boilerpipe.extractors.ArticleExtractor.INSTANCE.getText(p.html()));
            } catch (BoilerpipeProcessingException e) {
                return new Result(null, "");
            }
        });
        System.out.printf("extraction: %d pages from %s, %d measured rounds after %d warm-up rounds, engines "
                + "interleaved, 1 thread, Java %s%n", pages.size(), dir, rounds, WARMUP_ROUNDS, Runtime.version());
        // every engine warms up before any is measured, and the measured rounds interleave the engines, so that
        // JIT compilation and GC weigh on all of them alike
        for (int warm = 0; warm < WARMUP_ROUNDS; warm++) {
            for (Engine engine : engines.values()) {
                for (Page p : pages) {
                    engine.run(p);
                }
            }
        }
        Map<String, long[]> latencies = new LinkedHashMap<>();
        for (String name : engines.keySet()) {
            latencies.put(name, new long[pages.size() * rounds]);
        }
        for (int r = 0; r < rounds; r++) {
            for (Map.Entry<String, Engine> e : engines.entrySet()) {
                long[] l = latencies.get(e.getKey());
                for (int k = 0; k < pages.size(); k++) {
                    long t0 = System.nanoTime();
                    e.getValue().run(pages.get(k));
                    l[r * pages.size() + k] = System.nanoTime() - t0;
                }
            }
        }
        System.out.printf("%-22s %10s %10s %10s %10s%n", "engine", "docs/s", "p50 ms", "p99 ms", "vs parse");
        double parseSeconds = 0;
        for (Map.Entry<String, long[]> e : latencies.entrySet()) {
            long[] l = e.getValue();
            double seconds = Arrays.stream(l).sum() / 1e9 / rounds;
            if (parseSeconds == 0) {
                parseSeconds = seconds;
            }
            Arrays.sort(l);
            System.out.printf("%-22s %10.0f %10.2f %10.2f %9.2fx%n", e.getKey(), pages.size() / seconds,
                    l[l.length / 2] / 1e6, l[(int) (l.length * 0.99)] / 1e6, seconds / parseSeconds);
        }
        if (out != null) {
            for (Map.Entry<String, Engine> e : engines.entrySet()) {
                if (!e.getKey().startsWith("jsoup")) {
                    write(out.resolve(e.getKey().split(" ")[0]), pages, e.getValue());
                }
            }
        }
    }

    private static List<Page> load(Path dir, Map<String, String> urls) throws IOException {
        CharsetSniffer charsets = new CharsetSniffer();
        List<Page> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                String id = f.getFileName().toString().replaceFirst("\\.html$", "");
                byte[] bytes = Files.readAllBytes(f);
                Charset cs = charsets.sniff(bytes, null);
                pages.add(new Page(id, urls.getOrDefault(id, "http://localhost/" + id), charsets.decode(bytes, cs)));
            }
        }
        return pages;
    }

    private static void write(Path dir, List<Page> pages, Engine engine) throws Exception {
        Files.createDirectories(dir);
        JsonMapper json = JsonMapper.builder().build();
        for (Page p : pages) {
            Result r = engine.run(p);
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("url", p.url());
            doc.put("title", r.title());
            doc.put("text", r.text() == null ? "" : r.text());
            Files.writeString(dir.resolve(p.id() + ".json"), json.writeValueAsString(doc));
        }
    }
}
