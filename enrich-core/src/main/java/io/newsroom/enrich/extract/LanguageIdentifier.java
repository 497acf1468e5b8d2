package io.newsroom.enrich.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.normalizer.AggregateCharSequenceNormalizer;
import opennlp.tools.util.normalizer.CharSequenceNormalizer;
import opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer;
import opennlp.tools.util.normalizer.NumberCharSequenceNormalizer;
import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;

/**
 * Language of a text from OpenNLP's shipped language-detection model (103 languages). Returns ISO 639-1 codes,
 * "und" when the text is too short or the model is unsure. The text goes through the model's own normalizers and
 * its maxent evaluation; only the features are gathered here, as {@code LanguageDetectorME} gathers them (the
 * distinct lower-cased character 1- to 3-grams, each counting once) but in a plain hash set: OpenNLP 2.5.4's
 * CharBuffer-keyed n-gram model took 40 % of the step. Thread-safe: the model and normalizers are immutable.
 */
public final class LanguageIdentifier {

    private static final int MIN_CHARS = 20;
    private static final int MAX_CHARS = 500;
    // The model spreads probability over 103 languages, so even a clear answer scores a few percent: what tells a
    // guess from an answer is the lead over the runner-up.
    private static final double MIN_CONFIDENCE = 0.02;
    private static final double MIN_LEAD = 1.1;

    private static final int MIN_GRAM = 1;
    private static final int MAX_GRAM = 3;

    private final MaxentModel model;
    /** What {@code LanguageDetectorFactory} gives the shipped model's context generator, in the same order. */
    private final CharSequenceNormalizer normalizer = new AggregateCharSequenceNormalizer(
            EmojiCharSequenceNormalizer.getInstance(), UrlCharSequenceNormalizer.getInstance(),
            TwitterCharSequenceNormalizer.getInstance(), NumberCharSequenceNormalizer.getInstance(),
            ShrinkCharSequenceNormalizer.getInstance());
    private final Map<String, String> iso3To1 = new HashMap<>();

    public LanguageIdentifier() {
        try (InputStream in = LanguageIdentifier.class.getResourceAsStream("/langdetect-183.bin")) {
            if (in == null) {
                throw new IllegalStateException("langdetect-183.bin missing: opennlp-models-langdetect not on the classpath");
            }
            model = new LanguageDetectorModel(in).getMaxentModel();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String iso1 : Locale.getISOLanguages()) {
            iso3To1.put(new Locale(iso1).getISO3Language(), iso1);
        }
        // the model names macrolanguages by a member language
        iso3To1.put("cmn", "zh");
        iso3To1.put("pes", "fa");
        iso3To1.put("zsm", "ms");
        iso3To1.put("arb", "ar");
    }

    public String identify(String text) {
        if (text == null || text.strip().length() < MIN_CHARS) {
            return "und";
        }
        String byScript = byScript(text);
        if (byScript != null) {
            return byScript;
        }
        String[] grams = grams(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text);
        float[] once = new float[grams.length];
        Arrays.fill(once, 1);
        double[] p = model.eval(grams, once);
        int best = 0;
        int second = -1;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                second = best;
                best = i;
            } else if (second < 0 || p[i] > p[second]) {
                second = i;
            }
        }
        if (p[best] < MIN_CONFIDENCE || second >= 0 && p[best] < MIN_LEAD * p[second]) {
            return "und";
        }
        String lang = model.getOutcome(best);
        return iso3To1.getOrDefault(lang, lang);
    }

    /** The distinct character 1- to 3-grams of the normalised, lower-cased text. */
    private String[] grams(String text) {
        String normalized = normalizer.normalize(text).toString();
        StringBuilder lower = new StringBuilder(normalized.length());
        normalized.codePoints().forEach(cp -> lower.appendCodePoint(Character.toLowerCase(cp)));
        String chars = lower.toString();
        Set<String> grams = new HashSet<>();
        for (int n = MIN_GRAM; n <= MAX_GRAM; n++) {
            for (int i = 0; i + n <= chars.length(); i++) {
                grams.add(chars.substring(i, i + n));
            }
        }
        return grams.toArray(String[]::new);
    }

    /**
     * The language a script alone tells, without the model: Greek letters are Greek, Hangul Korean, kana Japanese,
     * Han without kana Chinese. Most of the letters must be of that script; mixed and shared scripts (Latin,
     * Cyrillic, Arabic) go to the model.
     */
    static String byScript(String text) {
        int letters = 0;
        int greek = 0;
        int hangul = 0;
        int kana = 0;
        int han = 0;
        int n = Math.min(text.length(), MAX_CHARS);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            letters++;
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            switch (script) {
                case GREEK -> greek++;
                case HANGUL -> hangul++;
                case HIRAGANA, KATAKANA -> kana++;
                case HAN -> han++;
                default -> {
                }
            }
        }
        if (letters == 0) {
            return null;
        }
        if (greek * 10 >= letters * 8) {
            return "el";
        }
        if (hangul * 10 >= letters * 5) {
            return "ko";
        }
        if ((kana + han) * 10 >= letters * 8) {
            return kana * 20 >= letters ? "ja" : "zh";
        }
        return null;
    }
}
