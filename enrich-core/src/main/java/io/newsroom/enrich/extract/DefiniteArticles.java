package io.newsroom.enrich.extract;

import java.util.List;
import java.util.Set;

/**
 * The definite articles that open a name without being part of it ("The Associated Press", "Le Monde"), every
 * language's at once (vocab {@code articles.tsv}): bylines and site names are read before the page's language is known.
 */
final class DefiniteArticles {

    private static final Set<String> ARTICLES = Set.copyOf(Lexicon.read("articles", row -> row.get("word")));

    private DefiniteArticles() {
    }

    /** Whether a lower-case word, as split at an apostrophe ("l" of "l'agence"), is an article. */
    static boolean is(String word) {
        return ARTICLES.contains(word) || ARTICLES.contains(word + "'");
    }

    /** A lower-case name without the article it opens with ("associated press" of "the associated press"). */
    static String strip(String name) {
        for (String article : ARTICLES) {
            String opening = article.endsWith("'") ? article : article + " ";
            if (name.startsWith(opening) && name.length() > opening.length()) {
                return name.substring(opening.length());
            }
        }
        return name;
    }

    static List<String> significant(List<String> words) {
        return words.stream().filter(w -> !is(w)).toList();
    }
}
