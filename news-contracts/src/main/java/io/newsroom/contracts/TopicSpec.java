package io.newsroom.contracts;

import java.util.Objects;

/**
 * One topic of the pipeline as the {@link Topics#CATALOGUE} describes it: what it carries and who declares it.
 *
 * @param name       the topic's name; a dead-letter topic is named {@code <topic>-dlt} after the topic it serves
 * @param key        what each message is keyed by (which decides its partition, so its order)
 * @param value      what each message carries
 * @param producer   the service or stage that writes it and declares it (creates it with its settings); a topic
 *                   that only a command writes is declared by the service that consumes it, since a command runs
 *                   briefly
 * @param compacted  whether only the latest message per key is kept (for ever) instead of all for a while
 * @param partitions a fixed partition count, or {@link #DEPLOYMENT} for the deployment's setting
 */
public record TopicSpec(String name, String key, String value, String producer, boolean compacted, int partitions) {

    /** The partition count the deployment sets for all its topics. */
    public static final int DEPLOYMENT = 0;

    public TopicSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(producer, "producer");
        if (partitions < 0) {
            throw new IllegalArgumentException(name + ": partitions " + partitions);
        }
    }

    /** Whether this is the dead-letter topic of another. */
    public boolean deadLetters() {
        return name.endsWith(Topics.DEAD_LETTER_SUFFIX);
    }
}
