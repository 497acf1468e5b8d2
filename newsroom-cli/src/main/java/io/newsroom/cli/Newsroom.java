package io.newsroom.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import io.newsroom.cli.extract.ExtractCommand;
import io.newsroom.cli.names.TrainNamesCommand;
import io.newsroom.cli.up.LocalPipeline;
import io.newsroom.cli.up.PipelineOptions;
import io.newsroom.cli.up.SearchProbe;
import io.newsroom.cli.reprocess.ReprocessCommand;
import io.newsroom.cli.warc.ImportWarcCommand;

/**
 * {@code ./newsroom COMMAND [ARGS]}: the one entry point for people. Arguments and output formats are a stable
 * interface: scripts depend on them.
 */
public final class Newsroom {

    static final String USAGE = """
            usage: ./newsroom COMMAND [ARGS]

            commands:
              up [--sources FILE] [--instances N]
                                    run the whole pipeline on this machine: Kafka, Elasticsearch, the ingest,
                                    enrich and query services (N instances of each, default 1: the first on the
                                    usual ports, the others on free ports), and (without --sources) the bundled
                                    sample site; Ctrl-C stops everything
              extract IN_DIR OUT_DIR [--urls FILE]
                                    every <id>.html (and <id>.txt, as plain text) in IN_DIR to <id>.json in
                                    OUT_DIR ({"url", "title", "text", "date", "author", "lang", "entities"}) with the enrich
                                    service's extractor; FILE maps ids to page URLs (id<TAB>url per line)
              import-warc [--broker HOST:PORT] [--backfill] FILE...
                                    every HTML page captured in the WARC / WARC.gz files into the running
                                    pipeline (broker: KAFKA_BOOTSTRAP_SERVERS or localhost:9092); pages ingest
                                    already has with the same text are not imported again; --backfill follows
                                    them until indexed, with each stage's backlog
              reprocess [--since YYYY-MM-DD] [--broker HOST:PORT]
                                    enrich the stored articles (fetched since the date) again, after the
                                    gazetteer or the extractor changed
              train-names MODEL IOB2_FILE...
                                    train the entity tagger's name recogniser on labelled sentences (Universal
                                    NER's IOB2 files) and write the model to MODEL
              help                  this text

            ./newsroom COMMAND --help prints that command's usage.
            """;

    static final String UP_USAGE = """
            usage: ./newsroom up [--sources FILE] [--instances N]

            Runs the whole pipeline on this machine: Kafka, Elasticsearch, the ingest, enrich and query services,
            and, without --sources, the bundled sample site and its feeds. Prints the dashboard's address and the
            API key when everything answers; Ctrl-C stops everything. State and logs stay under .newsroom/.

            options:
              --sources FILE   the sources to poll (YAML, as examples/sources.yml) instead of the sample site
              --instances N    N instances (1 to 9) of each service side by side, in the same consumer groups: the
                               first on the usual ports, the others on free ports, which are printed (default 1)
            """;

    /** Each command's own usage, printed by {@code ./newsroom COMMAND --help}. */
    private static final Map<String, String> COMMAND_USAGE = Map.of("up", UP_USAGE, "extract", ExtractCommand.USAGE,
            "import-warc", ImportWarcCommand.USAGE, "reprocess", ReprocessCommand.USAGE, "train-names", TrainNamesCommand.USAGE);

    private Newsroom() {
    }

    public static void main(String[] args) throws Exception {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        if (args.length == 0 || List.of("help", "-h", "--help").contains(args[0])) {
            out.print(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        if (COMMAND_USAGE.containsKey(args[0]) && (rest.contains("--help") || rest.contains("-h"))) {
            out.print(COMMAND_USAGE.get(args[0]));
            return 0;
        }
        return switch (args[0]) {
            case "up" -> up(rest, out, err);
            case "extract" -> new ExtractCommand().run(rest, out, err);
            case "import-warc" -> new ImportWarcCommand().run(rest, out, err);
            case "reprocess" -> new ReprocessCommand().run(rest, out, err);
            case "train-names" -> new TrainNamesCommand().run(rest, out, err);
            default -> {
                err.printf("newsroom: unknown command '%s'%n%s", args[0], USAGE);
                yield 2;
            }
        };
    }

    private static int up(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Path sources = null;
        int instances = 1;
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--sources") && i + 1 < args.size()) {
                sources = Path.of(args.get(++i));
            } else if (args.get(i).equals("--instances") && i + 1 < args.size() && args.get(i + 1).matches("[1-9]")) {
                instances = Integer.parseInt(args.get(++i));
            } else {
                err.printf("newsroom up: %s '%s'%n%s", args.get(i).startsWith("--") ? "unknown option"
                        : "unexpected argument", args.get(i), UP_USAGE);
                return 2;
            }
        }
        Path home = Path.of(System.getProperty("newsroom.home", ".")).toAbsolutePath().normalize();
        PipelineOptions options = new PipelineOptions(home, home.resolve(".newsroom"), sources,
                PipelineOptions.Ports.defaults(), new PipelineOptions.Instances(instances, instances, instances));
        LocalPipeline pipeline = new LocalPipeline(options, out);
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean stopping = new AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping.set(true);
            out.println("[newsroom] stopping...");
            pipeline.close();
            out.println("[newsroom] stopped");
            stopped.countDown();
        }, "newsroom-stop"));
        long t0 = System.nanoTime();
        try {
            pipeline.start();
        } catch (Exception e) {
            if (stopping.get()) {
                // interrupted by Ctrl-C while starting: the stop hook reports
                stopped.await();
                return 0;
            }
            err.printf("newsroom up: %s%n", e.getMessage());
            return 1;
        }
        out.printf("""
                [newsroom] up in %.1f s. Ctrl-C stops everything.
                  dashboard      %s/
                  query API      %s/api/articles?q=Putin
                  alert stream   %s/api/alerts/stream  (with X-API-Key)
                  API key        %s
                  health         http://localhost:{8080,8081,8082}/actuator/health
                  Kafka          %s    Elasticsearch http://127.0.0.1:%d
                  logs           %s
                """, (System.nanoTime() - t0) / 1e9, pipeline.queryUrl(), pipeline.queryUrl(), pipeline.queryUrl(),
                // X-API-Key's write key: changes alert rules and sources, and reads rules, alerts and exports
                pipeline.apiKeyGenerated() ? pipeline.apiKey() + "  (X-API-Key for alert rules, alerts, exports and sources;"
                        + " made for this run, set NEWSROOM_API_KEY to choose it)"
                        : "from NEWSROOM_API_KEY, not shown (X-API-Key for alert rules, alerts, exports and sources)",
                pipeline.kafkaBootstrap(), options.ports().search(), options.stateDir().resolve("logs"));
        if (instances > 1) {
            out.printf("  instances      query %s, ingest %s, enrich %s%n", pipeline.urls("query-service"),
                    pipeline.urls("ingest-service"), pipeline.urls("enrich-service"));
        }
        if (sources == null) {
            if (SearchProbe.awaitTotal(pipeline.queryUrl() + "/api/articles?q=Putin", 3, Duration.ofMinutes(3))) {
                out.printf("[newsroom] sample articles searchable %.1f s after start%n", (System.nanoTime() - t0) / 1e9);
            } else {
                out.printf("[newsroom] sample articles not searchable after 3 minutes: see the logs%n");
            }
        }
        stopped.await();
        return 0;
    }
}
