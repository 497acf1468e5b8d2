package io.newsroom.kafka;

import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;

import io.newsroom.contracts.Topics;

/**
 * Holds a service's listeners back until every topic they read exists. Topics are created only by the service that
 * produces them (see {@link TopicDeclarations}), and a consumer that joins its group before its topic exists is
 * assigned nothing until its client next refreshes its metadata, which can take minutes: so a service that starts
 * before its producers waits here (saying for which topics, and who declares them) and its listeners join once their
 * topics are there. Runs in the lifecycle phase just before the listener containers'.
 */
public final class InputTopicsGate implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(InputTopicsGate.class);
    private static final Duration POLL = Duration.ofMillis(250);
    private static final Duration REPORT_EVERY = Duration.ofSeconds(10);

    private final KafkaListenerEndpointRegistry listeners;
    private final KafkaAdmin admin;
    private volatile boolean running;

    public InputTopicsGate(KafkaListenerEndpointRegistry listeners, KafkaAdmin admin) {
        this.listeners = listeners;
        this.admin = admin;
    }

    @Override
    public void start() {
        Set<String> wanted = new TreeSet<>();
        listeners.getListenerContainers().forEach(c -> {
            String[] topics = c.getContainerProperties().getTopics();
            if (topics != null) {
                wanted.addAll(Arrays.asList(topics));
            }
        });
        try (Admin client = Admin.create(admin.getConfigurationProperties())) {
            long nextReport = 0;
            while (true) {
                Set<String> missing = new TreeSet<>(wanted);
                missing.removeAll(client.listTopics().names().get(30, TimeUnit.SECONDS));
                if (missing.isEmpty()) {
                    break;
                }
                if (System.nanoTime() >= nextReport) {
                    log.info("waiting for topics {} to be declared before the listeners start", missing.stream()
                            .map(t -> t + " (by " + Topics.spec(t).map(s -> s.producer()).orElse("?") + ")").toList());
                    nextReport = System.nanoTime() + REPORT_EVERY.toNanos();
                }
                Thread.sleep(POLL.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for topics " + wanted, e);
        } catch (ExecutionException | TimeoutException e) {
            // the broker is away: the listeners start anyway and their clients keep trying, as they would later
            log.warn("could not list topics ({}); starting the listeners without waiting", e.toString());
        }
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return AbstractMessageListenerContainer.DEFAULT_PHASE - 1;
    }
}
