package io.newsroom.enrich.extract;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a byline credits that is no person: a news agency ("Reuters", "AP", "dpa"), a desk or team ("Digital Staff",
 * "La rédaction", "Everfit Team"), another body ("Obesity Medicine Association"), or the site itself ("HomeAdvisor"
 * on homeadvisor.com). The agencies come from {@code vocab/extract/mul/agencies.tsv} (whole names), the desk and body
 * words from {@code vocab/extract/<lang>/desk-words.tsv} (whole words), every language's at once. Pure and
 * thread-safe.
 */
final class Credits {

    private static final Set<String> AGENCIES = Lexicon.read("agencies", row -> row.get("name"))
            .stream().map(Credits::key).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> DESK_WORDS = Set.copyOf(Lexicon.read("desk-words", row -> row.get("word")));
    private static final int MIN_ACRONYM = 2;
    private static final int MAX_ACRONYM = 5;

    private Credits() {
    }

    /**
     * Whether a name out of a byline credits an agency, a desk, a body or the site rather than a person.
     *
     * @param site the page's own names, for a byline that credits the site
     */
    static boolean isCredit(String name, SiteName site) {
        String key = key(name);
        if (AGENCIES.contains(key)) {
            return true;
        }
        for (String word : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+")) {
            if (DESK_WORDS.contains(word)) {
                return true;
            }
        }
        // one word that is the host's name: a person's byline has two or more ("janedoe.com" is Jane Doe's blog)
        return !key.contains(" ") && site.isHost(name);
    }

    /** Lower case, white space collapsed, a leading article ("The") and trailing dots dropped. */
    private static String key(String name) {
        return DefiniteArticles.strip(Whitespace.collapse(name).strip().toLowerCase(Locale.ROOT)
                .replaceAll("[.\\s]+$", ""));
    }

    /**
     * Two to five capitals and nothing else: standing alone as a byline, an agency or a broadcaster ("AFP"); after a
     * name, a credential ("CFP") unless listed as an agency.
     */
    static boolean isAcronym(String name) {
        if (name.length() < MIN_ACRONYM || name.length() > MAX_ACRONYM) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (!Character.isUpperCase(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
