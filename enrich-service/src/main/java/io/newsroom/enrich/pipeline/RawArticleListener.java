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
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsroom.contracts.EnrichedArticle;
import io.newsroom.contracts.EventMention;
import io.newsroom.contracts.MessageCodec;
import io.newsroom.contracts.RawArticle;
import io.newsroom.contracts.Topics;
import io.newsroom.enrich.Enricher;
import io.newsroom.enrich.extract.Extraction;
import io.newsroom.enrich.extract.UnextractableArticleException;

/**
 * Raw article in (fetched, or queued again by reprocess), enriched article out, then one {@link EventMention} per
 * event it reports. The offset is committed only after the broker has acknowledged the
 * output, so a crash between the two replays the article; the replay produces the same key and content, which
 * downstream upserts absorb. Anything that throws goes through the error handler to {@link Topics#RAW_DLT}.
 */
@Component
class RawArticleListener {

    private static final Logger log = LoggerFactory.getLogger(RawArticleListener.class);

    private final Enricher enricher;
    private final KafkaTemplate<String, byte[]> kafka;
    private final MeterRegistry meters;
    private final Clock clock;

    RawArticleListener(Enricher enricher, KafkaTemplate<String, byte[]> kafka, MeterRegistry meters, Clock clock) {
        this.enricher = enricher;
        this.kafka = kafka;
        this.meters = meters;
        this.clock = clock;
    }

    @KafkaListener(topics = {Topics.RAW, Topics.REPROCESS})
    void onRawArticle(ConsumerRecord<String, byte[]> record) throws InterruptedException, ExecutionException, TimeoutException {
        RawArticle raw = MessageCodec.decode(record.value(), RawArticle.class);
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
                result.simhash());
        kafka.send(Topics.ENRICHED, enriched.id(), MessageCodec.encode(enriched)).get(60, TimeUnit.SECONDS);
        // after the article: a crash in between replays both, and the merge counts an article once however often it comes
        List<CompletableFuture<?>> sent = new ArrayList<>();
        for (int i = 0; i < enriched.events().size(); i++) {
            EventMention mention = new EventMention(EventMention.SCHEMA_VERSION, enriched.id(), enriched.revision(), i,
                    enriched.url(), enriched.source(), enriched.lang(), enriched.simhash(), enriched.publishedAt(),
                    enriched.enrichedAt(), enriched.events().get(i));
            sent.add(kafka.send(Topics.EVENT_MENTIONS, mention.mergeKey(), MessageCodec.encode(mention)));
        }
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        meters.counter("newsroom.enrich.events").increment(enriched.events().size());
        meters.counter("newsroom.enrich.articles", "lang", enriched.lang()).increment();
        log.info("enriched id={} url={} lang={} title=\"{}\" chars={} entities={} events={}", enriched.id(), enriched.url(),
                enriched.lang(), enriched.title(), enriched.text().length(), enriched.entities().size(), enriched.events().size());
    }
}
