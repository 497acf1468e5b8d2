package io.newsroom.enrich.entity;

import java.time.LocalDate;
import java.util.List;

/**
 * The shipped gazetteer and the tagger's parts, built once for every test class in the JVM (building takes
 * seconds), and articles to run passes on.
 */
final class Shipped {

    static final NameKeys KEYS = new NameKeys();
    static final Gazetteer GAZETTEER = new Gazetteer(GazetteerLoader.shipped(), KEYS);
    static final Cues CUES = new Cues(KEYS);
    static final Resolver RESOLVER = new Resolver(GAZETTEER, CUES);
    static final EntityTagger TAGGER = new EntityTagger(GAZETTEER, KEYS);
    /** The day the tests' articles are of. */
    static final LocalDate DAY = LocalDate.of(2024, 5, 8);

    private Shipped() {
    }

    /** An article of one paragraph, no title, of {@link #DAY}. */
    static TagContext article(String text) {
        return TagContext.of(new Tokenizer(KEYS), "", text, DAY);
    }

    /** An article with the names the gazetteer lists found and the countries among them noted, as later passes see it. */
    static TagContext listed(String text) {
        TagContext a = article(text);
        new ListedNamePass(GAZETTEER, CUES).run(a);
        RESOLVER.noteCountries(a);
        return a;
    }

    /** What a pass adds to an article, as {@link #found} gives it. */
    static List<String> added(Pass pass, TagContext a) {
        int before = a.spans().size();
        pass.run(a);
        return found(a).subList(before, a.spans().size());
    }

    /** The index of the entry with this id. */
    static int entry(String id) {
        return GAZETTEER.entries().indexOf(GAZETTEER.byId(id).orElseThrow());
    }

    /** The words of a span as written. */
    static String surface(TagContext a, Span s) {
        return String.join(" ", a.surfaces(s.from, s.to));
    }

    /** The spans found, each as its words and what it is: the chosen id, else the candidates' ids. */
    static List<String> found(TagContext a) {
        return a.spans().stream().map(s -> surface(a, s) + " = " + (s.entry >= 0 ? id(s.entry)
                : s.candidates.stream().map(Shipped::id).sorted().toList())).toList();
    }

    private static String id(int entry) {
        return GAZETTEER.entries().get(entry).id();
    }
}
