package io.newsroom.enrich.entity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A sentence of Universal NER's IOB2 files with its names as character spans of its text: {@code labels[c]} is the
 * label (B-PER, I-ORG, ...) of character c, null outside names. Pure once read.
 */
record LabelledSentence(String text, String[] labels) {

    /**
     * The label of the word at {@code start} to {@code end}, by its first labelled character: B- where a name starts
     * there, I- where it goes on, outside where no character is labelled.
     */
    String labelAt(int start, int end) {
        for (int c = start; c < end; c++) {
            if (labels[c] != null) {
                return labels[c];
            }
        }
        return NameFeatures.OUTSIDE;
    }

    /**
     * The sentences of one file; words are found in the text in order (a sentence whose words are not is left out).
     * Only PER, ORG and LOC labels are kept.
     */
    static List<LabelledSentence> read(Path file) throws IOException {
        List<LabelledSentence> out = new ArrayList<>();
        String text = null;
        String[] labels = null;
        int cursor = 0;
        boolean aligned = true;
        String previousType = null;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("# text =")) {
                text = line.substring(8).strip();
                labels = new String[text.length()];
                cursor = 0;
                aligned = true;
                previousType = null;
            } else if (line.isBlank()) {
                if (text != null && aligned) {
                    out.add(new LabelledSentence(text, labels));
                }
                text = null;
            } else if (!line.startsWith("#") && text != null) {
                String[] cols = line.split("\t");
                int at = text.indexOf(cols[1], cursor);
                if (at < 0) {
                    aligned = false;
                    continue;
                }
                String label = cols[2];
                String type = label.length() > 2 ? label.substring(2) : null;
                if (type != null && NameRecogniser.TYPES.containsKey(type)) {
                    boolean begins = label.startsWith("B-") || !type.equals(previousType);
                    for (int c = at; c < at + cols[1].length(); c++) {
                        labels[c] = (begins && c == at ? "B-" : "I-") + type;
                    }
                    if (!begins) {
                        // the space inside a name belongs to it
                        for (int c = cursor; c < at; c++) {
                            labels[c] = "I-" + type;
                        }
                    }
                    previousType = type;
                } else {
                    previousType = null;
                }
                cursor = at + cols[1].length();
            }
        }
        if (text != null && aligned) {
            out.add(new LabelledSentence(text, labels));
        }
        return out;
    }
}
