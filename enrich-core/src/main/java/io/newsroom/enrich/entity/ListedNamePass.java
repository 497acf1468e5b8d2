package io.newsroom.enrich.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The names the gazetteer lists, in any script and inflection, matched on normalised keys along its trie, longest
 * first: "Xi Jinping", "Казахстана" (Kazakhstan), "ОДКБ", "the United States". Thread-safe (see {@link Pass}).
 */
record ListedNamePass(Gazetteer gazetteer, Cues cues) implements Pass {

    @Override
    public void run(TagContext a) {
        List<Token> tokens = a.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            NameTrie.Node node = gazetteer.trie().root();
            int end = -1;
            Set<Integer> found = null;
            for (int j = i; j < tokens.size(); j++) {
                if (j > i && !a.joined(j)) {
                    break;
                }
                NameTrie.Node next = node.next.get(tokens.get(j).key());
                if (next == null && tokens.get(j).altKey() != null) {
                    next = node.next.get(tokens.get(j).altKey());
                }
                node = next;
                if (node == null) {
                    break;
                }
                Set<Integer> ok = new HashSet<>();
                for (NameTrie.Hit h : node.hits) {
                    if (written(tokens, i, j + 1, h)) {
                        ok.add(h.entry());
                    }
                }
                if (!ok.isEmpty()) {
                    end = j + 1;
                    found = ok;
                }
            }
            boolean places = found != null
                    && found.stream().allMatch(c -> gazetteer.entries().get(c).type() == EntityType.PLACE);
            if (end > 0 && places && i > 0 && cues.title(tokens.get(i - 1).key()) != null) {
                // a title names a person: "الملكة صوفيا" is Queen Sofía, not Sofia
                end = -1;
            }
            if (end == i + 1 && places && tokens.get(i).script() == Script.LATIN && end < tokens.size()
                    && tokens.get(end).capital() && a.joined(end)) {
                // an English place is not the first word of a longer name: the Washington Post, Oral Hygiene
                a.takeAsOpening(i);
                end = -1;
            }
            if (end > 0) {
                a.claim(new Span(i, end, found));
                i = end - 1;
            }
        }
    }

    /** Names are written as names: capitalised where the script has capitals, abbreviations in capitals. */
    private static boolean written(List<Token> tokens, int from, int to, NameTrie.Hit hit) {
        Token first = tokens.get(from);
        if (first.script() == Script.ARABIC) {
            // a name written with the article is written with it, whatever clitic comes before (البصرة, بالبصرة,
            // للبصرة): "وجيزة" (brief) is not Giza
            return !hit.article() || NameKeys.articled(first.surface());
        }
        if (first.script() != Script.LATIN && first.script() != Script.CYRILLIC) {
            return true;
        }
        if (to - from == 1 && !hit.inflects(first.surface())) {
            return false;
        }
        if (hit.upperOnly()) {
            StringBuilder letters = new StringBuilder();
            for (int k = from; k < to; k++) {
                String s = tokens.get(k).surface();
                if (!s.equals(s.toUpperCase(Locale.ROOT))) {
                    return false;
                }
                letters.append(NameTrie.lettersOf(s));
            }
            return letters.toString().equals(hit.letters());
        }
        return first.capital() || hit.lower();
    }
}
