package io.newsroom.esplugin;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/**
 * Lucene's language analyzers under the names Elasticsearch's analysis-common module gives them, so one mapping
 * works on the embedded node and on the official image. Only the stable plugin API is used: no server internals.
 */
public final class LanguageAnalyzers {

    private LanguageAnalyzers() {
    }

    @NamedComponent("english")
    public static final class English implements AnalyzerFactory {
        @Override
        public Analyzer create() {
            return new EnglishAnalyzer();
        }
    }

    @NamedComponent("arabic")
    public static final class Arabic implements AnalyzerFactory {
        @Override
        public Analyzer create() {
            return new ArabicAnalyzer();
        }
    }

    @NamedComponent("russian")
    public static final class Russian implements AnalyzerFactory {
        @Override
        public Analyzer create() {
            return new RussianAnalyzer();
        }
    }

    @NamedComponent("french")
    public static final class French implements AnalyzerFactory {
        @Override
        public Analyzer create() {
            return new FrenchAnalyzer();
        }
    }

    @NamedComponent("german")
    public static final class German implements AnalyzerFactory {
        @Override
        public Analyzer create() {
            return new GermanAnalyzer();
        }
    }

    @NamedComponent("spanish")
    public static final class Spanish implements AnalyzerFactory {
        @Override
        public Analyzer create() {
            return new SpanishAnalyzer();
        }
    }

    @NamedComponent("persian")
    public static final class Persian implements AnalyzerFactory {
        @Override
        public Analyzer create() {
            return new PersianAnalyzer();
        }
    }
}
