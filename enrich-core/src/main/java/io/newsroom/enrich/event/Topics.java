package io.newsroom.enrich.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.newsroom.enrich.vocab.Vocabulary;

/**
 * The news topics in which no diplomatic event is reported (sport, business, culture, crime, a patient's care, travel,
 * an election campaign), each a list of its words per language and the event types it does not rule out, from {@code /vocab/event/<lang>/topics.tsv}, matched
 * as whole words on text {@link TextNormalizer} has normalised. A language without the file has no topics. Loaded
 * once; immutable and thread-safe.
 */
final class Topics {

    /**
     * A topic.
     *
     * @param only   the event types its words rule out, empty for all
     * @param spares the event types its words do not rule out (a state sanctions companies)
     */
    record Topic(String name, Set<String> only, Set<String> spares, WordList words) {

        /** Whether its words rule out an event of the type. */
        boolean rulesOut(String type) {
            return (only.isEmpty() || only.contains(type)) && !spares.contains(type);
        }
    }

    private static final String B = "(?<![\\p{L}\\p{N}])";
    private static final String E = "(?![\\p{L}\\p{N}])";

    private static final Topics ENGLISH = load("en");
    private static final Topics ARABIC = load("ar");
    private static final Topics RUSSIAN = load("ru");

    private final List<Topic> topics;

    private Topics(List<Topic> topics) {
        this.topics = List.copyOf(topics);
    }

    /** The topics of a language's words, as {@link Lexicon#of} chose them. */
    static Topics of(Lexicon.Language language) {
        return switch (language.code()) {
            case "ar" -> ARABIC;
            case "ru" -> RUSSIAN;
            default -> ENGLISH;
        };
    }

    private static Topics load(String code) {
        EventVocabulary vocabulary = new EventVocabulary(code);
        List<Topic> out = new ArrayList<>();
        if (vocabulary.has("topics")) {
            for (List<Vocabulary.Row> rows : EventVocabulary.groups(vocabulary.table("topics"), "name")) {
                out.add(new Topic(rows.get(0).get("name"), types(rows.get(0).optional("only")),
                        types(rows.get(0).optional("spares")), WordList.of(vocabulary.alternatives(rows, "pattern"), B, E)));
            }
        }
        return new Topics(out);
    }

    private static Set<String> types(String cell) {
        return cell == null ? Set.of() : Set.of(cell.trim().split("\\s+"));
    }

    List<Topic> all() {
        return topics;
    }

    /** The first topic (in file order) with a word in the normalised text that rules out the event type, or null. */
    Topic in(CharSequence normalized, String type) {
        for (Topic t : topics) {
            if (t.rulesOut(type) && t.words().in(normalized)) {
                return t;
            }
        }
        return null;
    }
}
