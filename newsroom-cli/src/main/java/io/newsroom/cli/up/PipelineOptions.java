package io.newsroom.cli.up;

import java.nio.file.Path;
import java.util.stream.IntStream;

/**
 * How {@code ./newsroom up} runs the pipeline.
 *
 * @param home        the repository root (service jars are found under it)
 * @param stateDir    broker and node data, logs and generated files; kept between runs
 * @param sourcesFile the sources file, or null for the bundled sample site
 * @param ports       where everything listens (the first instance of each service)
 * @param instances   how many instances of each service run side by side
 */
public record PipelineOptions(Path home, Path stateDir, Path sourcesFile, Ports ports, Instances instances) {

    /** One instance of each service. */
    public PipelineOptions(Path home, Path stateDir, Path sourcesFile, Ports ports) {
        this(home, stateDir, sourcesFile, ports, Instances.ONE_EACH);
    }

    /**
     * @param query  the query API (and the dashboard)
     * @param ingest ingest's actuator
     * @param enrich enrich's actuator
     * @param kafka  the broker
     * @param search the Elasticsearch node
     * @param site   the sample site
     */
    public record Ports(int query, int ingest, int enrich, int kafka, int search, int site) {

        public Ports {
            if (IntStream.of(query, ingest, enrich, kafka, search, site).distinct().count() < 6) {
                throw new IllegalArgumentException("each part needs a port of its own, got query " + query + ", ingest "
                        + ingest + ", enrich " + enrich + ", kafka " + kafka + ", search " + search + ", site " + site);
            }
        }

        public static Ports defaults() {
            return new Ports(8080, 8081, 8082, 9092, 9200, 8090);
        }
    }

    /**
     * Instances per service, each a JVM of its own in the service's consumer groups; the first listens on the port
     * {@link Ports} gives, the others on free ports. None of a service leaves it out (none of query also leaves out
     * the search node, which only query uses).
     */
    public record Instances(int ingest, int enrich, int query) {

        public static final Instances ONE_EACH = new Instances(1, 1, 1);

        public Instances {
            if (ingest < 0 || enrich < 0 || query < 0) {
                throw new IllegalArgumentException("instances cannot be negative: ingest " + ingest + ", enrich "
                        + enrich + ", query " + query);
            }
        }
    }
}
