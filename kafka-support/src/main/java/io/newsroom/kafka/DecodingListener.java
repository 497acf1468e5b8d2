package io.newsroom.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.newsroom.contracts.InvalidMessageException;
import io.newsroom.contracts.MessageCodec;

/**
 * The base of every listener: messages arrive as bytes (so an undecodable one can be dead-lettered byte for byte)
 * and are decoded here with {@link MessageCodec}. One that cannot be decoded goes to its topic's dead-letter topic
 * with the reason, and is left out of what the listener sees; the offsets of the poll are committed only after the
 * listener returns, so nothing is lost either way. Thread-safe if the subclass is.
 *
 * @param <T> the message record
 */
public abstract class DecodingListener<T> {

    /** What to do with an undecodable message. */
    public enum Undecodable {
        /** Put it on the topic's dead-letter topic: the usual case. */
        DEAD_LETTER,
        /** Leave it out quietly: another consumer group of the same topic dead-letters it already. */
        SKIP
    }

    /** A message and what it decoded to. */
    public record Decoded<T>(ConsumerRecord<String, byte[]> record, T value) {
    }

    private final Class<T> type;
    private final DeadLetters deadLetters;
    private final Undecodable undecodable;

    protected DecodingListener(Class<T> type, DeadLetters deadLetters, Undecodable undecodable) {
        this.type = type;
        this.deadLetters = deadLetters;
        this.undecodable = undecodable;
    }

    /** The poll's messages that decode, in order. */
    protected final List<Decoded<T>> decode(List<ConsumerRecord<String, byte[]>> records) {
        List<Decoded<T>> out = new ArrayList<>(records.size());
        for (ConsumerRecord<String, byte[]> r : records) {
            decode(r).ifPresent(v -> out.add(new Decoded<>(r, v)));
        }
        return out;
    }

    /** The message decoded, or empty when it could not be (and was dead-lettered or skipped). */
    protected final Optional<T> decode(ConsumerRecord<String, byte[]> record) {
        try {
            return Optional.of(MessageCodec.decode(record.value(), type));
        } catch (InvalidMessageException e) {
            if (undecodable == Undecodable.DEAD_LETTER) {
                deadLetter(record, e.getMessage());
            }
            return Optional.empty();
        }
    }

    /**
     * Puts an undecodable message on its topic's dead-letter topic. A topic whose dead letters are records of their
     * own (ingest's) overrides this to write one.
     */
    protected void deadLetter(ConsumerRecord<String, byte[]> record, String reason) {
        deadLetters.send(record, reason);
    }

    /** For what the listener finds wrong after decoding (a document the index refuses for good). */
    protected final DeadLetters deadLetters() {
        return deadLetters;
    }
}
