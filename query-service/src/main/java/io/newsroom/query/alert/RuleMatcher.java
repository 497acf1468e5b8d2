package io.newsroom.query.alert;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.monitor.MatchingQueries;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.MultiMatchingQueries;
import org.apache.lucene.monitor.QueryMatch;

import io.newsroom.contracts.EnrichedArticle;
import io.newsroom.query.event.StoredEvent;

/**
 * Every rule, held in two in-memory {@link Monitor}s (article rules, event rules): a document is matched against
 * all rules at once, the monitor's presearcher skipping the rules that share no term with it. Thread-safe; rules
 * change while matching goes on.
 */
public final class RuleMatcher implements AutoCloseable {

    private final Analyzer analyzer = RuleQueries.analyzer();
    private final Monitor articleRules;
    private final Monitor eventRules;
    private final Map<String, AlertRule> rules = new ConcurrentHashMap<>();
    /** A query's name in the identity it names ("Tokayev" → his QID), so rules match in any script. */
    private final Function<String, Optional<String>> namedEntity;

    public RuleMatcher(Function<String, Optional<String>> namedEntity) {
        this.namedEntity = namedEntity;
        try {
            this.articleRules = new Monitor(analyzer);
            this.eventRules = new Monitor(analyzer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds the rule, or replaces the one with its id (in place: no moment without it). */
    public void put(AlertRule rule) {
        try {
            AlertRule old = rules.get(rule.id());
            if (old != null && old.forEvents() != rule.forEvents()) {
                remove(rule.id());
            }
            if (rule.forEvents()) {
                eventRules.register(new MonitorQuery(rule.id(), RuleQueries.events(rule)));
            } else {
                String named = rule.query() == null ? null : namedEntity.apply(rule.query()).orElse(null);
                articleRules.register(new MonitorQuery(rule.id(), RuleQueries.articles(rule, named, analyzer)));
            }
            rules.put(rule.id(), rule);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void remove(String id) {
        AlertRule old = rules.remove(id);
        if (old == null) {
            return;
        }
        try {
            (old.forEvents() ? eventRules : articleRules).deleteById(id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int size() {
        return rules.size();
    }

    /** The rules each article matches, in the order given. */
    public List<List<AlertRule>> matchArticles(List<EnrichedArticle> articles) {
        if (articles.isEmpty()) {
            return List.of();
        }
        Document[] docs = articles.stream().map(RuleQueries::article).toArray(Document[]::new);
        try {
            MultiMatchingQueries<QueryMatch> m = articleRules.match(docs, QueryMatch.SIMPLE_MATCHER);
            List<List<AlertRule>> out = new ArrayList<>(docs.length);
            for (int i = 0; i < docs.length; i++) {
                out.add(resolve(m.getMatches(i).stream().map(QueryMatch::getQueryId).toList()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The event rules the event matches. */
    public List<AlertRule> matchEvent(StoredEvent event) {
        try {
            MatchingQueries<QueryMatch> m = eventRules.match(RuleQueries.event(event), QueryMatch.SIMPLE_MATCHER);
            return resolve(m.getMatches().stream().map(QueryMatch::getQueryId).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<AlertRule> resolve(List<String> ids) {
        List<AlertRule> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            AlertRule r = rules.get(id);
            // a rule removed between match and lookup no longer fires
            if (r != null) {
                out.add(r);
            }
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        articleRules.close();
        eventRules.close();
    }
}
