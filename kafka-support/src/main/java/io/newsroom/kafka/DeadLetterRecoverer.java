package io.newsroom.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

/**
 * What a listener container's error handler does with a message once it gives up on it (at once for bad input,
 * after its retries otherwise): hands it to {@link DeadLetters} with the listener's own exception message as the
 * reason, so a failure the handler saw and one a listener dead-letters itself end up alike. Thread-safe.
 */
public final class DeadLetterRecoverer implements ConsumerRecordRecoverer {

    private final DeadLetters deadLetters;

    public DeadLetterRecoverer(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void accept(ConsumerRecord<?, ?> record, Exception e) {
        // the containers here all read String keys and byte[] values (ByteArrayDeserializer): undecoded bytes
        deadLetters.send((ConsumerRecord<String, byte[]>) record, String.valueOf(cause(e).getMessage()));
    }

    /** The listener's own exception, under the container's and the batch's wrappers. */
    public static Throwable cause(Throwable e) {
        Throwable cause = e;
        while ((cause instanceof ListenerExecutionFailedException || cause instanceof BatchListenerFailedException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
