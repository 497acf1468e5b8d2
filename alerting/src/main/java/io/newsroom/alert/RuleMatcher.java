package io.newsroom.alert;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.monitor.MatcherFactory;
import org.apache.lucene.monitor.MatchingQueries;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.MultiMatchingQueries;
import org.apache.lucene.monitor.ParallelMatcher;
import org.apache.lucene.monitor.QueryMatch;

import io.newsroom.contracts.EnrichedArticle;
import io.newsroom.contracts.MergedEvent;
import io.newsroom.search.index.ArticleDocument;

/**
 * Every rule, held in in-memory {@link Monitor}s: a document is matched against all rules at once, the monitor's
 * presearcher skipping the rules that share no term with it. Article rules are kept once per article language,
 * each copy reading only the fields an article of that language has (the plain text and that language's stemmed
 * text), so a rule costs a quarter of the work it would over every language's fields; a rule filtered to one
 * language sits only in that language's monitor. Thread-safe; rules change while matching goes on.
 */
public final class RuleMatcher implements AutoCloseable {

    /** Articles of other languages have only the plain fields. */
    private static final String OTHER = "*";

    private final Analyzer analyzer = RuleQueries.analyzer();
    /** The candidate rules of a batch are checked on every core: matching is CPU-bound and a batch has plenty. */
    private final ExecutorService workers = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
        Thread t = new Thread(r, "rule-matcher");
        t.setDaemon(true);
        return t;
    });
    private final MatcherFactory<QueryMatch> matcherFactory = ParallelMatcher.factory(workers, QueryMatch.SIMPLE_MATCHER);
    private final Map<String, Monitor> articleRules = new LinkedHashMap<>();
    private final Monitor eventRules;
    private final Map<String, AlertRule> rules = new ConcurrentHashMap<>();
    /** A query's name in the identity it names ("Tokayev" → his QID), so rules match in any script. */
    private final Function<String, Optional<String>> namedEntity;

    public RuleMatcher(Function<String, Optional<String>> namedEntity) {
        this.namedEntity = namedEntity;
        try {
            for (String lang : languages()) {
                articleRules.put(lang, new Monitor(analyzer));
            }
            this.eventRules = new Monitor(analyzer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> languages() {
        List<String> out = new ArrayList<>(ArticleDocument.ANALYZED_LANGUAGES.stream().sorted().toList());
        out.add(OTHER);
        return out;
    }

    /** Adds the rule, or replaces the one with its id (in place: no moment without it). */
    public void put(AlertRule rule) {
        putAll(List.of(rule));
    }

    /** Adds or replaces many rules at once: far cheaper than one by one (one commit per monitor). */
    public void putAll(Collection<AlertRule> batch) {
        Map<Monitor, List<MonitorQuery>> queries = new HashMap<>();
        Map<Monitor, List<String>> stale = new HashMap<>();
        for (AlertRule rule : batch) {
            AlertRule old = rules.get(rule.id());
            Set<Monitor> now = new HashSet<>();
            if (rule.forEvents()) {
                now.add(eventRules);
                queries.computeIfAbsent(eventRules, m -> new ArrayList<>()).add(new MonitorQuery(rule.id(), RuleQueries.events(rule)));
            } else {
                String named = rule.query() == null ? null : namedEntity.apply(rule.query()).orElse(null);
                for (Map.Entry<String, Monitor> e : articleRules.entrySet()) {
                    String lang = e.getKey();
                    if (rule.lang() == null || rule.lang().equals(lang)
                            || OTHER.equals(lang) && !ArticleDocument.ANALYZED_LANGUAGES.contains(rule.lang())) {
                        now.add(e.getValue());
                        queries.computeIfAbsent(e.getValue(), m -> new ArrayList<>()).add(
                                new MonitorQuery(rule.id(), RuleQueries.articles(rule, named, analyzer, lang)));
                    }
                }
            }
            if (old != null) {
                for (Monitor m : monitorsOf(old)) {
                    if (!now.contains(m)) {
                        stale.computeIfAbsent(m, x -> new ArrayList<>()).add(rule.id());
                    }
                }
            }
            rules.put(rule.id(), rule);
        }
        try {
            for (var e : stale.entrySet()) {
                e.getKey().deleteById(e.getValue());
            }
            for (var e : queries.entrySet()) {
                e.getKey().register(e.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Monitor> monitorsOf(AlertRule rule) {
        if (rule.forEvents()) {
            return List.of(eventRules);
        }
        if (rule.lang() == null) {
            return List.copyOf(articleRules.values());
        }
        Monitor own = articleRules.get(rule.lang());
        return List.of(own != null ? own : articleRules.get(OTHER));
    }

    public void remove(String id) {
        AlertRule old = rules.remove(id);
        if (old == null) {
            return;
        }
        try {
            for (Monitor m : monitorsOf(old)) {
                m.deleteById(id);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int size() {
        return rules.size();
    }

    /** The rules each article matches, in the order given. */
    public List<List<AlertRule>> matchArticles(List<EnrichedArticle> articles) {
        List<List<AlertRule>> out = new ArrayList<>(articles.size());
        Map<String, List<Integer>> byLang = new LinkedHashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            out.add(List.of());
            String lang = articles.get(i).lang();
            byLang.computeIfAbsent(articleRules.containsKey(lang) ? lang : OTHER, k -> new ArrayList<>()).add(i);
        }
        try {
            for (var group : byLang.entrySet()) {
                List<Integer> at = group.getValue();
                Document[] docs = at.stream().map(i -> RuleQueries.article(articles.get(i))).toArray(Document[]::new);
                MultiMatchingQueries<QueryMatch> m = articleRules.get(group.getKey()).match(docs, matcherFactory);
                for (int k = 0; k < docs.length; k++) {
                    out.set(at.get(k), resolve(m.getMatches(k).stream().map(QueryMatch::getQueryId).toList()));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The event rules the event matches. */
    public List<AlertRule> matchEvent(MergedEvent event) {
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
        for (Monitor m : articleRules.values()) {
            m.close();
        }
        eventRules.close();
        workers.shutdownNow();
    }
}
