package io.newsroom.enrich.pipeline;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsroom.contracts.EnrichedArticle;
import io.newsroom.contracts.EventMention;
import io.newsroom.contracts.MessageCodec;
import io.newsroom.contracts.RawArticle;
import io.newsroom.contracts.Topics;
import io.newsroom.enrich.core.Enricher;
import io.newsroom.enrich.extract.Extraction;
import io.newsroom.enrich.extract.UnextractableArticleException;
import io.newsroom.kafka.DeadLetters;
import io.newsroom.kafka.DecodingListener;

/**
 * Raw articles in (fetched, or queued again by reprocess), enriched articles out, then one {@link EventMention} per
 * event each reports. A poll's records are enriched one after the other and their messages sent without waiting;
 * the batch's offsets are committed only after the broker has acknowledged all of them, so a crash replays rather
 * than loses, and a replay produces the same keys and content, which downstream upserts absorb. An undecodable
 * record goes to its topic's dead-letter topic here; a record that cannot be enriched fails the batch at its index:
 * the records before it are acknowledged and committed, it goes through the error handler (a page without text to
 * the dead-letter topic at once, other failures after retries), and the rest are polled again. Waiting once per
 * batch instead of twice per article keeps the consumer threads enriching.
 */
@Component
class RawArticleListener extends DecodingListener<RawArticle> {

    private static final Logger log = LoggerFactory.getLogger(RawArticleListener.class);

    private final Enricher enricher;
    private final KafkaTemplate<String, byte[]> kafka;
    private final MeterRegistry meters;
    private final Clock clock;

    RawArticleListener(Enricher enricher, KafkaTemplate<String, byte[]> kafka, DeadLetters deadLetters, MeterRegistry meters,
            Clock clock) {
        super(RawArticle.class, deadLetters, Undecodable.DEAD_LETTER);
        this.enricher = enricher;
        this.kafka = kafka;
        this.meters = meters;
        this.clock = clock;
    }

    @KafkaListener(topics = {Topics.RAW, Topics.REPROCESS})
    void onRawArticles(List<ConsumerRecord<String, byte[]>> records) throws InterruptedException {
        List<CompletableFuture<?>> sent = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            try {
                enrich(records.get(i), sent);
            } catch (RuntimeException e) {
                // what came before is acknowledged before the failure is handed on, so committing it loses nothing
                awaitAll(sent, i);
                throw new BatchListenerFailedException(String.valueOf(e.getMessage()), e, i);
            }
        }
        awaitAll(sent, 0);
    }

    private void enrich(ConsumerRecord<String, byte[]> record, List<CompletableFuture<?>> sent) {
        RawArticle raw = decode(record).orElse(null);
        if (raw == null) {
            return;
        }
        Enricher.Result result = enricher.page(raw.body(), raw.finalUrl(), raw.hints(),
                raw.fetchedAt().atZone(ZoneOffset.UTC).toLocalDate());
        Extraction x = result.extraction();
        if (x.text().isBlank()) {
            throw new UnextractableArticleException("no article text found in " + raw.finalUrl());
        }
        EnrichedArticle enriched = new EnrichedArticle(EnrichedArticle.SCHEMA_VERSION, raw.id(), raw.canonicalUrl(),
                raw.source(), raw.revision(), x.title(), x.text(), x.lang(), x.published() == null ? null : x.published().toInstant(), x.authors(),
                raw.fetchedAt(), clock.instant(), x.modified() == null ? null : x.modified().toInstant(),
                x.page().description(), x.page().imageUrl(), x.page().siteName(), result.entities(), result.events(),
                result.simhash(), x.credit());
        sent.add(kafka.send(Topics.ENRICHED, enriched.id(), MessageCodec.encode(enriched)));
        // a replay sends both again, and the merge counts an article once however often it comes
        for (int i = 0; i < enriched.events().size(); i++) {
            EventMention mention = new EventMention(EventMention.SCHEMA_VERSION, enriched.id(), enriched.revision(), i,
                    enriched.url(), enriched.source(), enriched.lang(), enriched.simhash(), enriched.publishedAt(),
                    enriched.enrichedAt(), enriched.events().get(i));
            sent.add(kafka.send(Topics.EVENT_MENTIONS, mention.mergeKey(), MessageCodec.encode(mention)));
        }
        meters.counter("newsroom.enrich.events").increment(enriched.events().size());
        meters.counter("newsroom.enrich.articles", "lang", enriched.lang()).increment();
        log.info("enriched id={} url={} lang={} title=\"{}\" chars={} entities={} events={}", enriched.id(), enriched.url(),
                enriched.lang(), enriched.title(), enriched.text().length(), enriched.entities().size(), enriched.events().size());
    }

    /**
     * Waits for the broker's acknowledgements; a send that failed fails the batch at {@code index} (the first
     * record not known to be done), so it and the rest are tried again.
     */
    private static void awaitAll(List<CompletableFuture<?>> sent, int index) throws InterruptedException {
        try {
            CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new BatchListenerFailedException("sending enriched articles failed: " + e, e, index);
        }
    }
}
