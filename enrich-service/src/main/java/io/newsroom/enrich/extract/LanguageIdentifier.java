package io.newsroom.enrich.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Language of a text from OpenNLP's shipped language-detection model (103 languages). Returns ISO 639-1 codes,
 * "und" when the text is too short or the model is unsure. Thread-safe: the model is immutable and a detector is
 * created per thread.
 */
public final class LanguageIdentifier {

    private static final int MIN_CHARS = 20;
    private static final int MAX_CHARS = 500;
    // The model spreads probability over 103 languages, so even a clear answer scores a few percent: what tells a
    // guess from an answer is the lead over the runner-up.
    private static final double MIN_CONFIDENCE = 0.02;
    private static final double MIN_LEAD = 1.1;

    private final LanguageDetectorModel model;
    private final ThreadLocal<LanguageDetectorME> detector;
    private final Map<String, String> iso3To1 = new HashMap<>();

    public LanguageIdentifier() {
        try (InputStream in = LanguageIdentifier.class.getResourceAsStream("/langdetect-183.bin")) {
            if (in == null) {
                throw new IllegalStateException("langdetect-183.bin missing: opennlp-models-langdetect not on the classpath");
            }
            model = new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        detector = ThreadLocal.withInitial(() -> new LanguageDetectorME(model));
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
        Language[] ranked = detector.get().predictLanguages(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text);
        Language best = ranked[0];
        if (best.getConfidence() < MIN_CONFIDENCE
                || ranked.length > 1 && best.getConfidence() < MIN_LEAD * ranked[1].getConfidence()) {
            return "und";
        }
        return iso3To1.getOrDefault(best.getLang(), best.getLang());
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
