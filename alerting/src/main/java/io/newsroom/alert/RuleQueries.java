package io.newsroom.alert;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import io.newsroom.contracts.EnrichedArticle;
import io.newsroom.contracts.Entity;
import io.newsroom.contracts.EntityRef;
import io.newsroom.contracts.Event;
import io.newsroom.contracts.MergedEvent;
import io.newsroom.search.event.EventQueryParser;
import io.newsroom.search.index.ArticleDocument;

/**
 * Rules as Lucene queries and articles and events as Lucene documents, with the fields and analyzers of the search
 * index (the same Lucene analyzers the node's analysis plugin serves), so a rule matches what the same search would
 * find. Pure.
 */
final class RuleQueries {

    static final String TEXT = "text";
    static final String ENTITY_NAME = "entity_name";
    static final String ENTITY_ID = "entity_id";
    static final String ENTITY_TYPE = "entity_type";
    static final String COUNTRY = "country";
    static final String EVENT_TYPE = "event_type";
    static final String LANG = "lang";
    static final String SOURCE = "source";
    static final String ACTOR = "actor";
    static final String SOURCE_ACTOR = "source_actor";
    static final String TARGET_ACTOR = "target_actor";
    static final String PLOVER = "plover";

    private RuleQueries() {
    }

    /** Per field: the analyzer of the search index's field of that name. */
    static Analyzer analyzer() {
        Map<String, Analyzer> byField = new HashMap<>();
        for (String lang : ArticleDocument.ANALYZED_LANGUAGES) {
            Analyzer a = switch (lang) {
                case "en" -> new EnglishAnalyzer();
                case "ar" -> new ArabicAnalyzer();
                case "ru" -> new RussianAnalyzer();
                case "fr" -> new FrenchAnalyzer();
                case "de" -> new GermanAnalyzer();
                case "es" -> new SpanishAnalyzer();
                default -> throw new IllegalStateException("no analyzer for " + lang);
            };
            byField.put(TEXT + "_" + lang, a);
        }
        Analyzer standard = new StandardAnalyzer();
        return new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return byField.getOrDefault(fieldName, standard);
            }

            /** As Elasticsearch's text fields: a phrase never runs from the title into the text. */
            @Override
            public int getPositionIncrementGap(String fieldName) {
                return 100;
            }
        };
    }

    /**
     * The one text field an article of this language has (see {@link #article}): its language's stemmed text when
     * the index has an analyzer for the language, else the plain text. The search looks in both and takes either;
     * the stemmed field alone finds all the plain one would ("talks" finds "talks" and "talk") except words that are
     * nothing but stop words, and matching one field instead of two halves the matching work.
     */
    private static String textField(String lang) {
        return ArticleDocument.ANALYZED_LANGUAGES.contains(lang) ? TEXT + "_" + lang : TEXT;
    }

    /**
     * An article rule: the words in the article or the name of an entity it mentions (or the identity the words
     * name, in any script), and every filter.
     *
     * @param namedEntity the identity the query text names, null when none
     * @param lang        the language of the articles this query will be matched against: their stemmed fields are
     *                    the only ones it needs to look at
     */
    static Query articles(AlertRule rule, String namedEntity, Analyzer analyzer, String lang) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (rule.query() != null) {
            BooleanQuery.Builder any = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
            any.add(parser(analyzer, Map.of(textField(lang), 1f)).parse(rule.query()), Occur.SHOULD);
            any.add(parser(analyzer, Map.of(ENTITY_NAME, 1f)).parse(rule.query()), Occur.SHOULD);
            if (namedEntity != null) {
                any.add(new TermQuery(new Term(ENTITY_ID, namedEntity)), Occur.SHOULD);
            }
            b.add(any.build(), Occur.MUST);
        }
        filter(b, LANG, rule.lang());
        filter(b, SOURCE, rule.source());
        filter(b, ENTITY_ID, rule.entity());
        filter(b, ENTITY_TYPE, rule.entityType());
        filter(b, COUNTRY, rule.country());
        filter(b, EVENT_TYPE, rule.eventType());
        return orAll(b.build());
    }

    /**
     * An event rule: type, PLOVER type or class, a party, who did it, to whom, a country among the parties or the
     * place.
     */
    static Query events(AlertRule rule) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        filter(b, EVENT_TYPE, rule.eventType());
        Set<String> ploverTypes = EventQueryParser.ploverTypes(rule.plover(), rule.quad());
        if (ploverTypes != null) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            ploverTypes.stream().sorted().forEach(t -> any.add(new TermQuery(new Term(PLOVER, t)), Occur.SHOULD));
            b.add(any.build(), Occur.FILTER);
        }
        filter(b, ACTOR, rule.actor());
        filter(b, SOURCE_ACTOR, rule.sourceActor());
        filter(b, TARGET_ACTOR, rule.targetActor());
        filter(b, COUNTRY, rule.country());
        return orAll(b.build());
    }

    /** Rewritten once here (nested one-clause booleans flattened) rather than on every match. */
    private static Query orAll(BooleanQuery q) {
        if (q.clauses().isEmpty()) {
            return new MatchAllDocsQuery();
        }
        try {
            return new IndexSearcher(new MultiReader()).rewrite(q);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SimpleQueryParser parser(Analyzer analyzer, Map<String, Float> weights) {
        SimpleQueryParser p = new SimpleQueryParser(analyzer, weights);
        p.setDefaultOperator(Occur.MUST);
        return p;
    }

    private static void filter(BooleanQuery.Builder b, String field, String value) {
        if (value != null) {
            b.add(new TermQuery(new Term(field, value)), Occur.FILTER);
        }
    }

    static Document article(EnrichedArticle a) {
        Document d = new Document();
        // title and text as two values of one field: a rule only asks whether the words occur, not where (the
        // search's title boost orders results; it changes nothing about what matches)
        text(d, textField(a.lang()), a.title());
        text(d, textField(a.lang()), a.text());
        keyword(d, LANG, a.lang());
        keyword(d, SOURCE, a.source());
        for (Entity e : a.entities()) {
            text(d, ENTITY_NAME, e.name());
            keyword(d, ENTITY_ID, e.id());
            keyword(d, ENTITY_TYPE, e.type());
            if ("COUNTRY".equals(e.type())) {
                keyword(d, COUNTRY, e.id());
            }
        }
        for (Event e : a.events()) {
            keyword(d, EVENT_TYPE, e.type());
        }
        return d;
    }

    static Document event(MergedEvent e) {
        Document d = new Document();
        keyword(d, EVENT_TYPE, e.type());
        keyword(d, PLOVER, e.plover());
        // "country" as the events API reads it: a party or the place
        for (EntityRef actor : e.actors()) {
            keyword(d, ACTOR, actor.id());
            keyword(d, COUNTRY, actor.id());
        }
        e.sourceActors().forEach(a -> keyword(d, SOURCE_ACTOR, a.id()));
        e.targetActors().forEach(a -> keyword(d, TARGET_ACTOR, a.id()));
        if (e.place() != null) {
            keyword(d, COUNTRY, e.place().id());
        }
        return d;
    }

    private static void text(Document d, String field, String value) {
        if (value != null && !value.isEmpty()) {
            d.add(new TextField(field, value, Field.Store.NO));
        }
    }

    private static void keyword(Document d, String field, String value) {
        if (value != null) {
            d.add(new StringField(field, value, Field.Store.NO));
        }
    }
}
