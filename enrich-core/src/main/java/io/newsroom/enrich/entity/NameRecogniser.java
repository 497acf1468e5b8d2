package io.newsroom.enrich.entity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Finds names no list holds, in Latin letters: a maximum-entropy model trained on hand-labelled text ({@link
 * NameModelTrainer}; the shipped model and its data are named in {@code models/README.md}) labels each word the
 * recogniser reads ({@link NameFeatures#candidate}) as beginning or continuing a person, organisation or place, or
 * as outside any name, word by word from left to right, each label seeing the one before it. Thread-safe: the model
 * is read-only.
 */
final class NameRecogniser {

    static final String MODEL = "/models/names-en.bin.gz";
    /** The language the model learnt from (ISO 639-1). */
    static final String LANGUAGE = "en";
    /** The three kinds of name the labelled data marks, by their label's suffix. */
    static final Map<String, EntityType> TYPES = Map.of("PER", EntityType.PERSON, "ORG", EntityType.ORGANIZATION,
            "LOC", EntityType.PLACE);

    /** A name found: words {@code from} to {@code to} (exclusive). */
    record Found(int from, int to, EntityType type) {
    }

    private final MaxentModel model;
    private final NameFeatures features;

    NameRecogniser(MaxentModel model, NameFeatures features) {
        this.model = model;
        this.features = features;
    }

    static MaxentModel shippedModel() {
        try (InputStream in = NameRecogniser.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("the name model " + MODEL + " is missing from the class path");
            }
            return new GenericModelReader(new BinaryFileDataReader(new GZIPInputStream(in))).getModel();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the name model " + MODEL, e);
        }
    }

    List<Found> find(TagContext a) {
        List<Found> out = new ArrayList<>();
        String previous = NameFeatures.OUTSIDE;
        int from = -1;
        for (int i = 0; i <= a.size(); i++) {
            String label = NameFeatures.OUTSIDE;
            if (i < a.size() && NameFeatures.candidate(a, i) && (!a.taken(i) || nextToOneLeft(a, i))) {
                double[] probs = model.eval(features.of(a, i, previous).toArray(String[]::new));
                int best = -1;
                for (int o = 0; o < probs.length; o++) {
                    if ((best < 0 || probs[o] > probs[best]) && allowed(model.getOutcome(o), previous, a, i)) {
                        best = o;
                    }
                }
                label = model.getOutcome(best);
            }
            if (from >= 0 && !label.startsWith("I-")) {
                out.add(new Found(from, i, TYPES.get(previous.substring(2))));
                from = -1;
            }
            if (label.startsWith("B-")) {
                from = i;
            }
            previous = label;
        }
        return out;
    }

    /**
     * Whether a word next to word i, in its sentence, is left to the recogniser: a word an earlier pass took is read
     * only then, as its label is what the next word sees and it may continue a name ("University of" before a
     * California the gazetteer took is no name of its own); the rest of the gazetteer's names cost nothing.
     */
    private static boolean nextToOneLeft(TagContext a, int i) {
        return i + 1 < a.size() && !a.taken(i + 1) && NameFeatures.candidate(a, i + 1)
                || i > 0 && !a.taken(i - 1) && NameFeatures.candidate(a, i - 1) && a.joined(i);
    }

    /** A name is continued only by the next word of the same sentence, after a word of the same kind of name. */
    private static boolean allowed(String label, String previous, TagContext a, int i) {
        return !label.startsWith("I-") || previous.length() > 2 && previous.substring(2).equals(label.substring(2)) && a.joined(i);
    }
}
