package io.newsroom.alert;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.OpType;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import io.newsroom.search.index.Conflicts;
import io.newsroom.search.index.ManagedIndex;

/**
 * The alert history index: every alert once (its id is the document id, written with create-only, so the first
 * writer wins and a replay finds it), with what was decided and what became of its webhook calls. Thread-safe.
 */
public class AlertHistory {

    private static final Logger log = LoggerFactory.getLogger(AlertHistory.class);

    private final ElasticsearchClient es;
    private final ManagedIndex index;

    public AlertHistory(ElasticsearchClient es, AlertSettings settings) {
        this.es = es;
        this.index = new ManagedIndex(es, settings.historyIndex(), settings.historyAlias(), settings.replicas(),
                "/elasticsearch/alerts-index.json");
    }

    @EventListener(ApplicationReadyEvent.class)
    void createAtStartup() {
        try {
            index.ensure();
        } catch (IOException | RuntimeException e) {
            log.warn("Elasticsearch not ready at startup ({}); the alert history index will be created on first use", e.toString());
        }
    }

    /** Realtime: sees a write made a moment ago, before any refresh. */
    public Optional<AlertRecord> get(String id) throws IOException {
        index.ensure();
        GetResponse<AlertRecord> r = es.get(g -> g.index(index.alias()).id(id), AlertRecord.class);
        return r.found() ? Optional.ofNullable(r.source()) : Optional.empty();
    }

    /** @return false when an alert with this id is already recorded */
    boolean create(AlertRecord record) throws IOException {
        index.ensure();
        try {
            es.index(i -> i.index(index.alias()).id(record.id()).document(record).opType(OpType.Create));
            return true;
        } catch (ElasticsearchException | IOException e) {
            if (Conflicts.isConflict(e)) {
                return false;
            }
            throw e;
        }
    }

    /** Realtime, in one request: the recorded alerts among these ids. */
    Map<String, AlertRecord> getAll(Collection<String> ids) throws IOException {
        index.ensure();
        Map<String, AlertRecord> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        for (var doc : es.mget(m -> m.index(index.alias()).ids(List.copyOf(ids)), AlertRecord.class).docs()) {
            if (doc.isResult() && doc.result().found() && doc.result().source() != null) {
                out.put(doc.result().id(), doc.result().source());
            }
        }
        return out;
    }

    /**
     * Records new alerts in one request, create-only.
     *
     * @return the ids that were already recorded (someone else's write won)
     * @throws IOException when any other write failed: the caller retries the batch, which finds what was written
     */
    public Set<String> createAll(List<AlertRecord> records) throws IOException {
        index.ensure();
        Set<String> existing = new HashSet<>();
        if (records.isEmpty()) {
            return existing;
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        for (AlertRecord r : records) {
            bulk.operations(o -> o.create(c -> c.index(index.alias()).id(r.id()).document(r)));
        }
        BulkResponse response = es.bulk(bulk.build());
        for (BulkResponseItem item : response.items()) {
            if (item.error() == null) {
                continue;
            }
            if (item.status() == 409) {
                existing.add(item.id());
            } else {
                throw new IOException("recording alert " + item.id() + " failed: " + item.error().reason());
            }
        }
        return existing;
    }

    void markPublished(Collection<String> ids) throws IOException {
        if (ids.isEmpty()) {
            return;
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        for (String id : ids) {
            bulk.operations(o -> o.update(u -> u.index(index.alias()).id(id).action(a -> a.doc(Map.of("published", true)))));
        }
        BulkResponse response = es.bulk(bulk.build());
        if (response.errors()) {
            throw new IOException("marking alerts published failed: " + response.items().stream()
                    .filter(i -> i.error() != null).map(i -> i.id() + ": " + i.error().reason()).findFirst().orElse(""));
        }
    }

    void webhook(String id, String key, AlertRecord.WebhookDelivery delivery) throws IOException {
        update(id, Map.of("webhooks", Map.of(key, delivery)));
    }

    private void update(String id, Map<String, Object> fields) throws IOException {
        es.update(u -> u.index(index.alias()).id(id).doc(fields).retryOnConflict(10), AlertRecord.class);
    }

    /** Alerts of the rule delivered in that hour, counting writes not yet refreshed. */
    long delivered(String ruleId, Instant hour) throws IOException {
        index.ensure();
        es.indices().refresh(r -> r.index(index.alias()));
        return es.count(c -> c.index(index.alias()).query(q -> q.bool(b -> b
                .filter(f -> f.term(t -> t.field("ruleId").value(ruleId)))
                .filter(f -> f.term(t -> t.field("status").value(AlertRecord.DELIVERED)))
                .mustNot(m -> m.term(t -> t.field("kind").value(io.newsroom.contracts.Alert.DIGEST)))
                .filter(f -> f.range(r -> r.untyped(x -> x.field("hour").gte(JsonData.of(hour.toString())).lte(JsonData.of(hour.toString())))))))).count();
    }

    /** Throttled alerts of hours that ended before {@code before}, not yet sent in a digest; oldest first. */
    List<AlertRecord> undigested(Instant before, int max) throws IOException {
        index.ensure();
        return es.search(s -> s.index(index.alias()).size(max)
                .query(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field("status").value(AlertRecord.THROTTLED)))
                        .mustNot(m -> m.exists(e -> e.field("digestId")))
                        .filter(f -> f.range(r -> r.untyped(x -> x.field("hour").lt(JsonData.of(before.toString())))))))
                .sort(o -> o.field(f -> f.field("matchedAt").order(SortOrder.Asc))), AlertRecord.class)
                .hits().hits().stream().map(Hit::source).toList();
    }

    /** Alerts with a webhook call still to be retried (its retry lived in the memory of an instance). */
    List<AlertRecord> pendingWebhooks(int max) throws IOException {
        index.ensure();
        return es.search(s -> s.index(index.alias()).size(max)
                .query(q -> q.queryString(qs -> qs.query("pending").fields("webhooks.*.status")))
                .sort(o -> o.field(f -> f.field("matchedAt").order(SortOrder.Asc))), AlertRecord.class)
                .hits().hits().stream().map(Hit::source).toList();
    }

    void setDigest(List<String> ids, String digestId) throws IOException {
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        for (String id : ids) {
            bulk.operations(o -> o.update(u -> u.index(index.alias()).id(id).action(a -> a.doc(Map.of("digestId", digestId)))));
        }
        if (!ids.isEmpty()) {
            es.bulk(bulk.build());
        }
    }

    /**
     * The history, newest first.
     *
     * @param eventId the event the alerts fired on, null for any
     * @param after   the previous page's last alert ({@code matchedAt} and id), null for the first page
     */
    public List<AlertRecord> search(String ruleId, String eventId, String kind, String status, Instant from, Instant to,
            AlertRecord after, int size) throws IOException {
        Instant before = to;
        index.ensure();
        List<Query> filters = new ArrayList<>();
        if (ruleId != null) {
            filters.add(Query.of(f -> f.term(t -> t.field("ruleId").value(ruleId))));
        }
        if (eventId != null) {
            filters.add(Query.of(f -> f.term(t -> t.field("eventId").value(eventId))));
        }
        if (kind != null) {
            filters.add(Query.of(f -> f.term(t -> t.field("kind").value(kind))));
        }
        if (status != null) {
            filters.add(Query.of(f -> f.term(t -> t.field("status").value(status))));
        }
        if (from != null || before != null) {
            filters.add(Query.of(f -> f.range(r -> r.untyped(x -> {
                x.field("matchedAt");
                if (from != null) {
                    x.gte(JsonData.of(from.toString()));
                }
                if (before != null) {
                    x.lt(JsonData.of(before.toString()));
                }
                return x;
            }))));
        }
        return es.search(s -> {
            s.index(index.alias()).size(size).query(q -> q.bool(b -> b.filter(filters)))
                    .sort(o -> o.field(f -> f.field("matchedAt").order(SortOrder.Desc)))
                    .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
            if (after != null) {
                s.searchAfter(FieldValue.of(after.matchedAt().toEpochMilli()), FieldValue.of(after.id()));
            }
            return s;
        }, AlertRecord.class).hits().hits().stream().map(Hit::source).toList();
    }

    /**
     * What a rule's alerts look like at a glance.
     *
     * @param lastFired when its latest alert matched
     * @param alerts    its alerts since the time asked for, muted and throttled ones included
     */
    public record RuleActivity(Instant lastFired, long alerts) {
    }

    /** Per rule with any alert in the history (at most {@code rules} of them): its {@link RuleActivity}. */
    public Map<String, RuleActivity> activity(Instant since, int rules) throws IOException {
        index.ensure();
        var r = es.search(s -> s.index(index.alias()).size(0)
                .aggregations("rules", a -> a.terms(t -> t.field("ruleId").size(rules))
                        .aggregations("last", l -> l.max(m -> m.field("matchedAt")))
                        .aggregations("since", f -> f.filter(q -> q.range(x -> x.untyped(u -> u.field("matchedAt")
                                .gte(JsonData.of(since.toString()))))))), Void.class);
        Map<String, RuleActivity> out = new HashMap<>();
        for (var b : r.aggregations().get("rules").sterms().buckets().array()) {
            out.put(b.key().stringValue(), new RuleActivity(Instant.ofEpochMilli((long) b.aggregations().get("last").max().value()),
                    b.aggregations().get("since").filter().docCount()));
        }
        return out;
    }
}
