package io.newsroom.cli.extract;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.newsroom.contracts.ItemHints;
import io.newsroom.enrich.core.Enricher;
import io.newsroom.enrich.extract.Extraction;
import io.newsroom.enrich.extract.UnextractableArticleException;
import io.newsroom.ingest.fetch.CharsetSniffer;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./newsroom extract IN_DIR OUT_DIR [--urls FILE]}: every {@code <id>.html} (and {@code <id>.txt}, taken as
 * plain text) in IN_DIR to {@code <id>.json} in OUT_DIR, through the enrich service's extraction code, with pages
 * decoded as ingest decodes them. Reads nothing else from IN_DIR.
 */
public final class ExtractCommand {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Enricher enricher = Enricher.shipped();
    private final CharsetSniffer charsets = new CharsetSniffer();

    public static final String USAGE = """
            usage: ./newsroom extract IN_DIR OUT_DIR [--urls FILE]

            Extracts every <id>.html (and <id>.txt, read as plain text) in IN_DIR into <id>.json in OUT_DIR with
            the enrich service's code: url, title, text, date, author, credit, lang, published, modified, page facts,
            entities and events. Runs offline; needs no broker.

            options:
              --urls FILE   the page addresses, one "id<TAB>url" per line (dates and site names read from them)
            """;

    public int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
        Path in = null;
        Path outDir = null;
        Path urlsFile = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--urls") && i + 1 < args.size()) {
                urlsFile = Path.of(args.get(++i));
            } else if (a.startsWith("--")) {
                err.printf("newsroom extract: unknown option '%s'%n%s", a, USAGE);
                return 2;
            } else if (in == null) {
                in = Path.of(a);
            } else if (outDir == null) {
                outDir = Path.of(a);
            } else {
                err.printf("newsroom extract: unexpected argument '%s'%n%s", a, USAGE);
                return 2;
            }
        }
        if (in == null || outDir == null) {
            err.print(USAGE);
            return 2;
        }
        if (!Files.isDirectory(in)) {
            err.printf("newsroom extract: %s is not a directory%n", in);
            return 2;
        }
        Map<String, String> urls = urlsFile == null ? Map.of() : readUrls(urlsFile);
        Files.createDirectories(outDir);
        List<Path> inputs;
        try (Stream<Path> files = Files.list(in)) {
            inputs = files.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".txt")).sorted().toList();
        }
        int written = 0;
        int empty = 0;
        long t0 = System.nanoTime();
        for (Path file : inputs) {
            String name = file.getFileName().toString();
            String id = name.substring(0, name.lastIndexOf('.'));
            String url = urls.getOrDefault(id, "http://localhost/" + id);
            Map<String, Object> result = extract(file, name.endsWith(".txt"), url);
            if (result.get("text").toString().isEmpty()) {
                empty++;
            }
            Files.writeString(outDir.resolve(id + ".json"), JSON.writeValueAsString(result));
            written++;
            if (written % 100 == 0) {
                out.printf("extract: %d/%d files%n", written, inputs.size());
            }
        }
        out.printf("extract: %d files in %.1f s, %d without text, written to %s%n", written,
                (System.nanoTime() - t0) / 1e9, empty, outDir);
        return 0;
    }

    private Map<String, Object> extract(Path file, boolean plainText, String url) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("url", url);
        Enricher.Result result;
        try {
            if (plainText) {
                result = enricher.text(new String(bytes, StandardCharsets.UTF_8));
            } else {
                Charset cs = charsets.sniff(bytes, null);
                result = enricher.page(charsets.decode(bytes, cs), url, ItemHints.none(), null);
            }
        } catch (UnextractableArticleException e) {
            out.put("title", null);
            out.put("text", "");
            out.put("date", null);
            out.put("author", null);
            out.put("credit", null);
            out.put("lang", null);
            out.put("entities", List.of());
            out.put("events", List.of());
            out.put("error", e.getMessage());
            return out;
        }
        Extraction x = result.extraction();
        out.put("title", x.title().isEmpty() ? null : x.title());
        out.put("text", x.text());
        out.put("date", x.published() == null ? null : x.published().format(DateTimeFormatter.ISO_LOCAL_DATE));
        out.put("author", x.authors().isEmpty() ? null : String.join(", ", x.authors()));
        out.put("credit", x.credit());
        out.put("lang", "und".equals(x.lang()) ? null : x.lang());
        out.put("published", x.published() == null ? null : x.published().toString());
        out.put("modified", x.modified() == null ? null : x.modified().toString());
        out.put("description", x.page().description());
        out.put("image", x.page().imageUrl());
        out.put("canonical", x.page().canonicalUrl());
        out.put("site", x.page().siteName());
        out.put("entities", result.entities());
        out.put("events", result.events());
        return out;
    }

    private static Map<String, String> readUrls(Path file) throws IOException {
        Map<String, String> urls = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            String[] parts = line.split("\t", 2);
            if (parts.length == 2 && !parts[0].isBlank()) {
                urls.put(parts[0].strip(), parts[1].strip());
            }
        }
        return urls;
    }
}
