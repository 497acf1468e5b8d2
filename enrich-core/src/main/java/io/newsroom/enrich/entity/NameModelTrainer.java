package io.newsroom.enrich.entity;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the name recogniser's model ({@link NameRecogniser}) on sentences labelled in the IOB2 files of Universal
 * NER (a CoNLL-U-like file: a {@code # text =} line per sentence, then one word per line with its B-/I-PER, ORG,
 * LOC label; other labels count as outside). Each sentence is tokenised as the tagger tokenises an article and the
 * labels moved onto those words, so the model learns from the words it will be asked about.
 */
public final class NameModelTrainer {

    private final Tokenizer tokenizer;
    private final NameFeatures features;

    NameModelTrainer(Gazetteer gazetteer, NameKeys keys) {
        this.tokenizer = new Tokenizer(keys);
        this.features = new NameFeatures(gazetteer, keys, new Cues(keys));
    }

    /**
     * Maximum entropy fitted by L-BFGS with L2 regularisation (cost 0.3), features seen at least twice. Chosen on
     * Universal NER's English-EWT test split, trained on the other two (people F1 0.72 against 0.66 with GIS; a
     * cut-off of 2 instead of 1 halves the model for people F1 0.71), never on the PUD set the tagger is measured on.
     */
    static TrainingParameters parameters() {
        TrainingParameters p = TrainingParameters.defaultParams();
        p.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        p.put(TrainingParameters.CUTOFF_PARAM, 2);
        p.put(TrainingParameters.ITERATIONS_PARAM, 200);
        p.put(QNTrainer.L2COST_PARAM, 0.3);
        return p;
    }

    /** A trainer with the shipped gazetteer's evidence (a few seconds to build). */
    public static NameModelTrainer shipped() {
        NameKeys keys = new NameKeys();
        return new NameModelTrainer(new Gazetteer(GazetteerLoader.shipped(), keys), keys);
    }

    /** Trains on the files and writes the model, gzipped; returns how many words it learnt from. */
    public int train(List<Path> iob2, Path model) throws IOException {
        List<Event> events = new ArrayList<>();
        for (Path file : iob2) {
            for (LabelledSentence s : LabelledSentence.read(file)) {
                events.addAll(events(s));
            }
        }
        EventTrainer trainer = TrainerFactory.getEventTrainer(parameters(), new HashMap<>());
        MaxentModel trained = trainer.train(new CollectionObjectStream<>(events));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(model))) {
            new GenericModelWriter((AbstractModel) trained, new DataOutputStream(out)).persist();
        }
        return events.size();
    }

    private List<Event> events(LabelledSentence s) {
        TagContext a = TagContext.of(tokenizer, "", s.text(), null);
        String[] labels = new String[a.size()];
        for (int i = 0; i < a.size(); i++) {
            // a word the recogniser never reads is outside, as it will be when tagging
            labels[i] = NameFeatures.candidate(a, i) ? s.labelAt(a.token(i).start(), a.token(i).end()) : NameFeatures.OUTSIDE;
            if (labels[i].startsWith("I-") && (i == 0 || !labels[i - 1].endsWith(labels[i].substring(1)) || !a.joined(i))) {
                // a name that starts inside a word, or after a word left out, starts at that word
                labels[i] = "B" + labels[i].substring(1);
            }
        }
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (NameFeatures.candidate(a, i)) {
                String previous = i == 0 ? NameFeatures.OUTSIDE : labels[i - 1];
                out.add(new Event(labels[i], features.of(a, i, previous).toArray(String[]::new)));
            }
        }
        return out;
    }
}
