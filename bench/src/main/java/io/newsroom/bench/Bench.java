package io.newsroom.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * {@code java -jar bench/target/bench-*-exec.jar BENCHMARK [ARGS]}: one entry per measured figure of BENCHMARKS.md.
 */
public final class Bench {

    private Bench() {
    }

    private static final String USAGE = """
                usage: bench extraction PAGES_DIR [--urls FILE] [--rounds N] [--out DIR]
                  times the newsroom extractor, readability4j, boilerpipe and a bare jsoup parse on the same
                  pages, single-threaded, and (with --out) writes each engine's output for the scorer
               bench feeds [--feeds N] [--rounds N]
                  feed parsing throughput (RSS 2.0 and Atom, 50 items each) beside a bare DOM parse
               bench entities [--rounds N]
                  entity tagging throughput on the five seed articles, single-threaded
               bench events [--rounds N]
                  event detection throughput on the five seed articles (entities tagged beforehand), single-threaded
               bench search [--articles N] [--queries N] [--heap SIZE] [--pages DIR]
                  search-with-facets latency at 1 and 4 clients over N generated articles on a real node
               bench dashboard [--articles N] [--calls N] [--warmup N] [--rules N] [--alerts N] [--event-percent N]
                               [--heap SIZE] [--pages DIR]
                  each dashboard view's API calls (library code, no HTTP), p50/p95/p99 at 1 and 4 clients against
                  the issue's targets, over N generated articles, their events and an alert history on a real node
               bench alerts [--rules N] [--rounds N] [--pages DIR] [--rate N] [--warmup SECONDS] [--seconds N] [--no-latency]
                  alert matching throughput against N stored rules, then fetch-to-alert latency through the
                  whole local pipeline at N pages/s, measured after --warmup seconds at that rate (default 300)
               bench warc PAGES_DIR [--records N] [--rounds N] [--out FILE]
                  generates a WARC.gz of N captures of the pages (kept at FILE with --out) and times the
                  import path per record: read, decode, hash, encode
               bench enrich-scale [--articles N] [--warmup N] [--threads N (3)] [--rounds N] [--pages DIR]
                  the enrich stage's throughput with one and with two instances (N threads each) on the
                  embedded broker, alternately: raw articles of real pages in, the time until all are enriched""";

    /** The benchmark's first argument, a folder of pages; a usage message and exit code 2 when it is missing. */
    private static Path pagesDir(String benchmark, List<String> rest) {
        if (rest.isEmpty() || rest.get(0).startsWith("--")) {
            System.err.println("bench " + benchmark + ": PAGES_DIR missing\n" + USAGE);
            System.exit(2);
        }
        return Path.of(rest.get(0));
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println(USAGE);
            System.exit(2);
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        switch (args[0]) {
            case "extraction" -> ExtractionBench.run(pagesDir(args[0], rest), rest.subList(1, rest.size()));
            case "feeds" -> FeedBench.run(rest);
            case "entities" -> EntityBench.run(rest);
            case "events" -> EventBench.run(rest);
            case "search" -> SearchBench.run(rest);
            case "dashboard" -> DashboardBench.run(rest);
            case "alerts" -> AlertBench.run(rest);
            case "warc" -> WarcBench.run(pagesDir(args[0], rest), rest.subList(1, rest.size()));
            case "enrich-scale" -> EnrichScaleBench.run(rest);
            default -> {
                System.err.println("unknown benchmark " + args[0] + "\n" + USAGE);
                System.exit(2);
            }
        }
        // a library's non-daemon thread (HTTP clients, Lucene's monitor) must not keep a finished run alive
        System.exit(0);
    }
}
