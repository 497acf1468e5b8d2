package io.newsroom.cli.kafka;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.RetriableException;

/**
 * Sends a command's records and sends again those the broker did not take for a reason that passes (a restart, a
 * leader moving, a batch expired while the broker was away), so that a broker restarted under a long import costs
 * a wait, not the import. The producer gives up on a batch after its delivery timeout (two minutes by default) and
 * does not try it again; this does, while the broker takes something within {@code patience}.
 *
 * <p>A record is sent again only while it is still wanted: a later capture of the same page queued meanwhile
 * replaces it, so a resend never puts an older version after a newer one.
 */
public final class ResendingSender {

    private final Producer<String, byte[]> producer;
    private final Duration patience;
    private final PrintStream out;
    private final String command;
    private final Queue<Pending> failed = new ConcurrentLinkedQueue<>();
    private final AtomicReference<Exception> fatal = new AtomicReference<>();
    private final AtomicReference<Exception> lastRetriable = new AtomicReference<>();
    private final AtomicLong taken = new AtomicLong();

    /** @param command names the command in the lines it prints */
    public ResendingSender(Producer<String, byte[]> producer, Duration patience, PrintStream out, String command) {
        this.producer = producer;
        this.patience = patience;
        this.out = out;
        this.command = command;
    }

    /**
     * @param delivered called with where the record landed
     * @param wanted asked before a resend; false drops the record (something newer replaced it)
     */
    public void send(ProducerRecord<String, byte[]> record, Consumer<RecordMetadata> delivered, BooleanSupplier wanted) {
        send(new Pending(record, delivered, wanted));
    }

    private void send(Pending p) {
        producer.send(p.record(), (md, e) -> {
            if (e == null) {
                taken.incrementAndGet();
                p.delivered().accept(md);
            } else if (e instanceof RetriableException) {
                lastRetriable.set(e);
                failed.add(p);
            } else {
                fatal.compareAndSet(null, e);
            }
        });
    }

    /**
     * Waits until every wanted record is taken, sending again what failed while the broker keeps taking records
     * within the patience.
     *
     * @return null when all were taken, else the error that stopped it
     */
    public Exception finish() throws InterruptedException {
        long lastProgress = System.nanoTime();
        long takenBefore = taken.get();
        while (true) {
            producer.flush();
            if (fatal.get() != null) {
                return fatal.get();
            }
            List<Pending> again = new ArrayList<>();
            for (Pending p; (p = failed.poll()) != null; ) {
                if (p.wanted().getAsBoolean()) {
                    again.add(p);
                }
            }
            if (again.isEmpty()) {
                return null;
            }
            if (taken.get() > takenBefore) {
                takenBefore = taken.get();
                lastProgress = System.nanoTime();
            } else if (System.nanoTime() - lastProgress > patience.toNanos()) {
                return new IllegalStateException(again.size() + " record(s) not taken, none for " + patience.toSeconds()
                        + " s: " + lastRetriable.get().getMessage());
            }
            out.printf("%s: the broker did not take %d record(s) yet (%s); sending them again%n", command, again.size(),
                    lastRetriable.get().getMessage());
            // a moment for a restarting broker, so that a broker that refuses at once is not hammered
            Thread.sleep(1000);
            again.forEach(this::send);
        }
    }

    private record Pending(ProducerRecord<String, byte[]> record, Consumer<RecordMetadata> delivered,
            BooleanSupplier wanted) {
    }
}
