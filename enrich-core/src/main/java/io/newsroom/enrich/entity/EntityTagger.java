package io.newsroom.enrich.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.commons.text.similarity.LevenshteinDistance;

import com.ibm.icu.text.Transliterator;

import io.newsroom.contracts.Entity;

/**
 * Finds the people, countries, organisations and places of an article and links each to its gazetteer identity.
 * Passes over the words, each taking only words no earlier pass took:
 * <ol>
 * <li>names the gazetteer lists, longest first, on normalised keys (any script);</li>
 * <li>monarchs by given name and regnal number ("Abdullah II", "عبدالله الثاني");</li>
 * <li>full names of people in other spellings, on consonant skeletons ("Sadir Japarov", "قاسم جومارت توكايف"),
 * with the father's name or a chain of bin and Al between ("عمر حسن البشير");</li>
 * <li>a surname alone: someone the article already named in full, or a prominent office-holder announced by a
 * title ("President Rahmon", "الرئيس بوتين") or, unannounced, of a country the article names;</li>
 * <li>places in Russian and Arabic on consonant skeletons, for places without a name in that language;</li>
 * <li>ministries and central banks with their country ("МИД Таджикистана");</li>
 * <li>names outside the gazetteer (English and Russian): capitalised words led by a known first name, linked
 * after all when spelt a letter or two apart from someone prominent ("Айядом Аллауи").</li>
 * </ol>
 * Between candidates for one name, context decides: an office held on the article's date, a country the article
 * mentions, the title in front of the name, how prominent the office is. Thread-safe.
 */
public final class EntityTagger {

    private static final Transliterator ROMANISE = Transliterator.getInstance("Russian-Latin/BGN; Any-Latin; Latin-ASCII");
    /** Russian adjectival endings, in any case. */
    private static final java.util.regex.Pattern ADJECTIVE = java.util.regex.Pattern.compile(
            "(ого|его|ому|ему|ой|ей|ый|ий|ая|яя|ое|ее|ые|ие|ых|их|ым|им|ую|юю)$");
    /** Surnames that decline as adjectives: Zelensky, Dostoevsky, Tolstoy, Trubetskoy. */
    private static final java.util.regex.Pattern ADJECTIVAL_SURNAME = java.util.regex.Pattern.compile(
            "(?i)(sky|skiy|skyi|skyy|ski|skaya|ska|skoy|oy|iy|yi|aya)$");
    /** How far back (in words) a title may stand before the name it announces. */
    private static final int CUE_WINDOW = 4;

    private final Gazetteer gazetteer;
    private final NameKeys keys;
    private final Tokenizer tokenizer;
    private final Cues cues;
    private final Bodies bodies;

    public EntityTagger(Gazetteer gazetteer, NameKeys keys) {
        this.gazetteer = gazetteer;
        this.keys = keys;
        this.tokenizer = new Tokenizer(keys);
        this.cues = new Cues(keys);
        this.bodies = new Bodies(keys);
    }

    /** The tagger over the shipped gazetteer (a few seconds to build: make one and share it). */
    public static EntityTagger shipped() {
        NameKeys keys = new NameKeys();
        return new EntityTagger(new Gazetteer(GazetteerLoader.shipped(), keys), keys);
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /**
     * What a name typed into a search box may mean, most likely first: the identities tagging finds in it
     * ("Токаев", "Xi Jinping", "ОДКБ"), else the people whose surname it is in any script ("Tokayev", "توكايف"),
     * most prominent office first. Unlike an article, a search box gives a lone surname no title to lean on.
     */
    public List<GazetteerEntry> lookup(String name, int limit) {
        Set<GazetteerEntry> found = new LinkedHashSet<>();
        for (Entity e : tag("", name, null)) {
            if (e.id() != null) {
                gazetteer.byId(e.id()).ifPresent(found::add);
            }
        }
        List<String> words = Tokenizer.words(name);
        if (found.isEmpty() && !words.isEmpty()) {
            // the whole box is a name: a full name in any spelling or script, word for word (شي جين بينغ), else a
            // surname alone
            Set<Integer> candidates = new HashSet<>();
            if (words.size() >= 2) {
                keys.alignedSkeletons(words).forEach(a -> candidates.addAll(gazetteer.byAlignedSkeletons(a)));
            }
            String last = words.get(words.size() - 1);
            if (candidates.isEmpty()) {
                candidates.addAll(gazetteer.bySurnameKey(keys.key(last)));
                for (String skeleton : keys.skeletons(last)) {
                    candidates.addAll(gazetteer.bySurnameSkeleton(skeleton));
                }
            }
            candidates.stream().map(gazetteer.entries()::get)
                    .sorted(Comparator.comparingDouble(GazetteerEntry::prominence).reversed().thenComparing(GazetteerEntry::name))
                    .forEach(found::add);
        }
        return found.stream().limit(limit).toList();
    }

    /** A name found in the words {@code from} (inclusive) to {@code to} (exclusive). */
    private static final class Span {
        final int from;
        final int to;
        final Set<Integer> candidates;
        int entry = -1;
        /** For a government body of the country {@link #entry}: which. */
        Bodies.Body body;

        Span(int from, int to, Set<Integer> candidates) {
            this.from = from;
            this.to = to;
            this.candidates = candidates;
        }

        int paragraph(List<Token> tokens) {
            return tokens.get(from).paragraph();
        }
    }

    /**
     * @param date the article's date, for choosing among office-holders; null when unknown
     */
    public List<Entity> tag(String title, String text, LocalDate date) {
        List<Token> tokens = new ArrayList<>(tokenizer.tokens(title == null ? "" : title, "title", 0));
        tokens.addAll(tokenizer.tokens(text == null ? "" : text, "text", 1));
        Map<String, String> fields = Map.of("title", title == null ? "" : title, "text", text == null ? "" : text);
        boolean[] taken = new boolean[tokens.size()];
        List<Span> spans = new ArrayList<>();
        listedNames(tokens, fields, taken, spans);
        regnalNames(tokens, fields, taken, spans);
        Set<String> countries = new HashSet<>();
        for (Span s : spans) {
            resolve(s, tokens, countries, date);
            GazetteerEntry e = s.entry < 0 ? null : gazetteer.entries().get(s.entry);
            if (e != null && e.type() == EntityType.COUNTRY) {
                countries.addAll(e.countries());
            }
        }
        fullNameSkeletons(tokens, fields, taken, spans, countries);
        for (Span s : spans) {
            resolve(s, tokens, countries, date);
        }
        surnames(tokens, fields, taken, spans, countries, date);
        places(tokens, fields, taken, spans);
        bodies(tokens, taken, spans);
        List<Span> unknown = unknownPeople(tokens, fields, taken);
        return entities(tokens, fields, spans, unknown);
    }

    private void listedNames(List<Token> tokens, Map<String, String> fields, boolean[] taken, List<Span> spans) {
        for (int i = 0; i < tokens.size(); i++) {
            Gazetteer.Node node = gazetteer.root();
            int end = -1;
            Set<Integer> found = null;
            for (int j = i; j < tokens.size(); j++) {
                if (j > i && !joined(tokens, fields, j)) {
                    break;
                }
                Gazetteer.Node next = node.next.get(tokens.get(j).key());
                if (next == null && tokens.get(j).altKey() != null) {
                    next = node.next.get(tokens.get(j).altKey());
                }
                node = next;
                if (node == null) {
                    break;
                }
                Set<Integer> ok = new HashSet<>();
                for (Gazetteer.Hit h : node.hits) {
                    if (written(tokens, i, j + 1, h)) {
                        ok.add(h.entry());
                    }
                }
                if (!ok.isEmpty()) {
                    end = j + 1;
                    found = ok;
                }
            }
            boolean places = found != null && found.stream().allMatch(c -> gazetteer.entries().get(c).type() == EntityType.PLACE);
            if (end > 0 && places && i > 0 && cues.title(tokens.get(i - 1).key()) != null) {
                // a title names a person: "الملكة صوفيا" is Queen Sofía, not Sofia
                end = -1;
            }
            if (end == i + 1 && places && tokens.get(i).script() == Script.LATIN && end < tokens.size()
                    && tokens.get(end).capital() && joined(tokens, fields, end)) {
                // an English place is not the first word of a longer name: the Washington Post, Oral Hygiene
                taken[i] = true;
                end = -1;
            }
            if (end > 0) {
                spans.add(new Span(i, end, found));
                for (int k = i; k < end; k++) {
                    taken[k] = true;
                }
                i = end - 1;
            }
        }
    }

    /** A monarch's given name and number, "Abdullah II", "عبدالله الثاني", "Хуан Карлос I", in any script. */
    private void regnalNames(List<Token> tokens, Map<String, String> fields, boolean[] taken, List<Span> spans) {
        for (int j = 1; j < tokens.size(); j++) {
            String numeral = taken[j] ? null : cues.numeral(tokens.get(j));
            if (numeral == null) {
                continue;
            }
            for (int len = Math.min(2, j); len >= 1; len--) {
                int i = j - len;
                Set<Integer> found = new HashSet<>();
                boolean name = true;
                for (int k = i; k < j; k++) {
                    Token t = tokens.get(k);
                    name &= !taken[k] && joined(tokens, fields, k + 1) && !cues.stop(t.surface())
                            && (t.script() == Script.ARABIC || t.capital()) && t.script() == tokens.get(i).script();
                }
                if (name) {
                    keys.alignedSkeletons(surfaces(tokens, i, j)).forEach(g -> found.addAll(gazetteer.byRegnal(g, numeral)));
                }
                if (!found.isEmpty()) {
                    spans.add(new Span(i, j + 1, found));
                    for (int k = i; k <= j; k++) {
                        taken[k] = true;
                    }
                    break;
                }
            }
        }
    }

    /** Names are written as names: capitalised where the script has capitals, abbreviations in capitals. */
    private static boolean written(List<Token> tokens, int from, int to, Gazetteer.Hit hit) {
        Token first = tokens.get(from);
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
                letters.append(Gazetteer.lettersOf(s));
            }
            return letters.toString().equals(hit.letters());
        }
        return first.capital() || hit.lower();
    }

    /** Whether word j continues the name that word j-1 is part of: same paragraph, only spaces or a hyphen between. */
    private static boolean joined(List<Token> tokens, Map<String, String> fields, int j) {
        Token a = tokens.get(j - 1);
        Token b = tokens.get(j);
        if (!a.field().equals(b.field()) || a.paragraph() != b.paragraph()) {
            return false;
        }
        String gap = fields.get(a.field()).substring(a.end(), b.start());
        if (gap.indexOf('.') >= 0 && a.surface().length() > 1) {
            // a full stop joins only an initial to what follows (S. Lavrov; U.S. keeps its dots in the word): after
            // a word it ends the sentence ("Александр Шишло. Экс-министр", "СМИ. Вульф")
            return false;
        }
        // an apostrophe ends a plural possessive inside a name: Kurdistan Workers' Party
        return gap.length() <= 3 && gap.chars().allMatch(c -> c == ' ' || c == '-' || c == '\u00a0' || c == '.'
                || c == '\u2011' || c == '\u200c' || c == '\'' || c == '\u2019');
    }

    private void fullNameSkeletons(List<Token> tokens, Map<String, String> fields, boolean[] taken, List<Span> spans,
            Set<String> countries) {
        for (int i = 0; i < tokens.size(); i++) {
            if (taken[i] || cues.stop(tokens.get(i).surface())) {
                continue;
            }
            for (int len = Math.min(6, tokens.size() - i); len >= 2; len--) {
                if (len > 4 && !particleInside(tokens, i, len)) {
                    continue;
                }
                Set<Integer> found = windowCandidates(tokens, fields, taken, i, len, countries);
                if (!found.isEmpty()) {
                    spans.add(new Span(i, i + len, found));
                    for (int k = i; k < i + len; k++) {
                        taken[k] = true;
                    }
                    i += len - 1;
                    break;
                }
            }
        }
    }

    /** Equal but for one inserted, deleted or replaced letter. */
    static boolean oneEditApart(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        int j = 0;
        while (j < a.length() - i && j < b.length() - i
                && a.charAt(a.length() - 1 - j) == b.charAt(b.length() - 1 - j)) {
            j++;
        }
        return a.length() - i - j <= 1 && b.length() - i - j <= 1;
    }

    /** Whether the candidate belongs to a country the article mentions. */
    private boolean supported(int candidate, Set<String> countries) {
        return gazetteer.entries().get(candidate).countries().stream().anyMatch(countries::contains);
    }

    private Set<Integer> windowCandidates(List<Token> tokens, Map<String, String> fields, boolean[] taken, int i, int len,
            Set<String> countries) {
        Token first = tokens.get(i);
        boolean cased = first.script() == Script.LATIN || first.script() == Script.CYRILLIC;
        for (int k = i; k < i + len; k++) {
            Token t = tokens.get(k);
            boolean particle = k > i && k < i + len - 1 && cues.particle(t.key());
            if (k == i + len - 1 && cues.particle(t.key())) {
                return Set.of();
            }
            if (taken[k] || t.script() != first.script() || (k > i && !joined(tokens, fields, k))
                    || (cues.stop(t.surface()) && !particle) || cues.notAName(t) || (cased && !t.capital() && !particle)) {
                return Set.of();
            }
        }
        boolean titled = cue(tokens, i) != null;
        boolean announced = titled || (i > 0 && cues.saying(tokens.get(i - 1).key()));
        if (!announced && keys.skeletons(first.surface()).stream().noneMatch(gazetteer::isFirstNameSkeleton)) {
            return Set.of();
        }
        List<String> aligned = keys.alignedSkeletons(surfaces(tokens, i, i + len));
        // Arabic has no capitals to say a word is a name: ask for more letters, and for a title or someone prominent
        int least = cased || announced ? 4 : 6;
        Set<Integer> found = new HashSet<>();
        for (String c : aligned) {
            if (c.replace("|", "").length() >= least) {
                found.addAll(gazetteer.byAlignedSkeletons(c));
            }
        }
        if (found.isEmpty() && len >= 3) {
            // a given name and a surname with names between: the father's (عمر حسن البشير, Omar al-Bashir), or a
            // chain of bin and Al (Абдалла бен Насер Аль Тани), where each name between must be the person's too
            boolean chain = particleInside(tokens, i, len);
            for (String c : aligned) {
                String[] w = c.split("\\|", -1);
                String ends = w[0] + "|" + w[w.length - 1];
                if (ends.length() - 1 < least || (!chain && (len > 3 || w[w.length - 1].length() < 3))) {
                    continue;
                }
                gazetteer.byAlignedSkeletons(ends).stream().filter(cand -> !chain || chainFits(tokens, i, len, cand))
                        .forEach(found::add);
            }
        }
        if (found.isEmpty() && len == 2 && (cased || titled)) {
            // the surname agrees and the given name is one letter off (Benjamin, Биньямин)
            for (String last : keys.skeletons(tokens.get(i + 1).surface())) {
                if (last.length() < 3) {
                    continue;
                }
                for (int c : gazetteer.byLastWordSkeleton(last)) {
                    String given = keys.skeleton(Tokenizer.words(gazetteer.entries().get(c).name()).get(0));
                    if (given.length() >= 3 && keys.skeletons(first.surface()).stream().anyMatch(g -> oneEditApart(g, given))) {
                        found.add(c);
                    }
                }
            }
        }
        if (found.isEmpty() && (len >= 3 || !cased)) {
            // name words split or joined otherwise (احمدي نجاد; بشار الاسد for Bashar al-Assad)
            for (String c : aligned) {
                String joinedUp = c.replace("|", "");
                if (joinedUp.length() >= Math.max(6, least + 1)) {
                    found.addAll(gazetteer.byJoinedSkeletons(joinedUp));
                }
            }
        }
        if ((!titled || !cased) && first.script() != Script.LATIN) {
            // across scripts a skeleton can meet anyone: a minor office-holder also needs a country in the article,
            // and in Arabic a title or a verb of saying too ("وكرر بوش القول" is not Piyush Goyal of India)
            boolean countryHelps = cased || announced;
            found.removeIf(c -> gazetteer.entries().get(c).prominence() < Gazetteer.SURNAME_PROMINENCE
                    && !(countryHelps && supported(c, countries)));
        }
        if (first.script() == Script.LATIN) {
            // unless the surname is spelt as listed, a variant ("Sadir Japarov") needs the person's country in the
            // article: "Ismoil Somoni" is no one, and Edward Snowden is not whichever Edward has a surname like his
            Set<String> spelt = new HashSet<>();
            for (int k = i; k < i + len; k++) {
                spelt.add(tokens.get(k).key());
            }
            found.removeIf(c -> {
                List<String> words = Tokenizer.words(gazetteer.entries().get(c).name());
                return !spelt.contains(keys.key(words.get(words.size() - 1))) && !supported(c, countries);
            });
        }
        return found;
    }

    /** The words {@code from} to {@code to} (exclusive) as written. */
    private static List<String> surfaces(List<Token> tokens, int from, int to) {
        return tokens.subList(from, to).stream().map(Token::surface).toList();
    }

    private boolean particleInside(List<Token> tokens, int i, int len) {
        for (int k = i + 1; k < i + len - 1; k++) {
            if (cues.particle(tokens.get(k).key())) {
                return true;
            }
        }
        return false;
    }

    /** The candidate's name has bin or Al too, and every other name between the ends is one of its names. */
    private boolean chainFits(List<Token> tokens, int i, int len, int candidate) {
        List<String> words = Tokenizer.words(gazetteer.entries().get(candidate).name());
        List<String> middle = words.subList(1, words.size() - 1);
        if (middle.stream().noneMatch(w -> cues.particle(keys.key(w)))) {
            return false;
        }
        Set<String> theirs = new HashSet<>();
        middle.forEach(w -> theirs.addAll(keys.skeletons(w)));
        for (int k = i + 1; k < i + len - 1; k++) {
            Token t = tokens.get(k);
            if (!cues.particle(t.key()) && keys.skeletons(t.surface()).stream().noneMatch(theirs::contains)) {
                return false;
            }
        }
        return true;
    }

    private void surnames(List<Token> tokens, Map<String, String> fields, boolean[] taken, List<Span> spans,
            Set<String> countries, LocalDate date) {
        Map<String, Integer> named = new LinkedHashMap<>();
        for (Span s : spans) {
            GazetteerEntry e = s.entry < 0 ? null : gazetteer.entries().get(s.entry);
            if (e != null && e.type() == EntityType.PERSON) {
                List<String> words = Tokenizer.words(e.name());
                named.put(keys.skeleton(words.get(words.size() - 1)), s.entry);
                keys.skeletons(tokens.get(s.to - 1).surface()).forEach(sk -> named.putIfAbsent(sk, s.entry));
            }
        }
        // surnames the article gave someone else's given name ("Рони Фукса"): alone later, they are that person too
        Set<String> others = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (taken[i] || cues.stop(t.surface()) || t.surface().length() < 3) {
                continue;
            }
            boolean cased = t.script() == Script.LATIN || t.script() == Script.CYRILLIC;
            if (cased && (!t.capital() || t.surface().equals(t.surface().toUpperCase(Locale.ROOT)))) {
                continue;
            }
            if (cased && i + 1 < tokens.size() && joined(tokens, fields, i + 1) && (tokens.get(i + 1).capital()
                    || cues.particle(tokens.get(i + 1).key()) && i + 2 < tokens.size() && tokens.get(i + 2).capital())) {
                // followed by another name word it is a given name or part of a longer name, not a lone surname
                // ("Абдалла бен Насер Аль Тани")
                continue;
            }
            if (i > 0 && cues.particle(tokens.get(i - 1).key()) && !cues.particle(t.key())) {
                // after bin a name is the father's: "عبد الله بن عبد العزيز" is Abdullah, not a second person
                continue;
            }
            List<String> sks = keys.skeletons(t.surface());
            Integer coref = sks.stream().map(named::get).filter(Objects::nonNull).findFirst().orElse(null);
            if (coref == null && sks.stream().anyMatch(others::contains)) {
                continue;
            }
            Span span;
            if (coref != null) {
                span = new Span(i, i + 1, Set.of(coref));
            } else {
                // an initial in front ("М.Ганнучи", "S. Lavrov") says a name as a title does, and whose
                Character initialLetter = initialBefore(tokens, fields, taken, i);
                String cue = initialLetter != null ? "title" : cue(tokens, i);
                boolean said = t.script() == Script.ARABIC && i > 0 && cues.saying(tokens.get(i - 1).key());
                Set<Integer> found = new HashSet<>();
                if (cues.notAName(t)) {
                    continue;
                }
                if (t.script() == Script.LATIN) {
                    // within one script a surname is mostly spelt one way: the very surname of someone prominent,
                    // or, with a title near and the person's country in the article, a variant ("Ali Rahman, the
                    // leader of Tajikistan")
                    if (cue != null) {
                        found.addAll(gazetteer.bySurnameKey(t.key()));
                    } else if (!t.sentenceStart()) {
                        // unannounced, only someone whose country the article names: "the English team" is not
                        // Bill English of New Zealand
                        gazetteer.bySurnameKey(t.key()).stream().filter(c -> supported(c, countries)).forEach(found::add);
                    }
                    if (cue != null || cueAfter(tokens, i)) {
                        sks.stream().filter(sk -> sk.length() >= 3).forEach(sk -> gazetteer.bySurnameSkeleton(sk).stream()
                                .filter(c -> supported(c, countries)).forEach(found::add));
                    }
                } else if (t.script() == Script.ARABIC && ((cue != null && !cue.equals("title")) || said)) {
                    // no capitals mark an Arabic name: an office title or a verb of saying, and the person's country
                    sks.stream().filter(sk -> sk.length() >= 3).forEach(sk -> gazetteer.bySurnameSkeleton(sk).stream()
                            .filter(c -> supported(c, countries)).forEach(found::add));
                } else if (t.script() == Script.CYRILLIC && (cue != null || !t.sentenceStart())
                        && !(cue == null && i > 0 && cues.placePreposition(tokens.get(i - 1)))) {
                    // after "в" a capitalised word is a place (в Таллине), not Patrice Talon
                    // announced by a title ("президента Ильвеса") three letters do; unannounced, four
                    int least = cue != null ? 3 : 4;
                    sks.stream().filter(sk -> sk.length() >= least).forEach(sk -> found.addAll(gazetteer.bySurnameSkeleton(sk)));
                    russianSurnameFits(t, found);
                    if (cue == null) {
                        // unannounced, a capitalised word is someone's surname only after their given name or if the
                        // article names their country: Болезнь is not Ilie Bolojan, nor Крещения S. M. Krishna
                        Token prev = i > 0 && tokens.get(i - 1).capital() && joined(tokens, fields, i) ? tokens.get(i - 1) : null;
                        Set<Integer> given = prev == null ? Set.of() : givenNameFits(prev, found);
                        found.removeIf(c -> !supported(c, countries) && !given.contains(c));
                    }
                    if (found.isEmpty()) {
                        // Путину: three letters name only a head of state or government, and only one of them
                        Set<Integer> top = new HashSet<>();
                        sks.stream().filter(sk -> sk.length() == 3).forEach(sk -> gazetteer.bySurnameSkeleton(sk).stream()
                                .filter(c -> gazetteer.entries().get(c).prominence() >= 0.9).forEach(top::add));
                        russianSurnameFits(t, top);
                        if (top.size() == 1) {
                            found.addAll(top);
                        }
                    }
                }
                if (initialLetter != null) {
                    found.removeIf(c -> Character.toLowerCase(gazetteer.entries().get(c).name().charAt(0)) != initialLetter);
                }
                if (found.isEmpty()) {
                    continue;
                }
                span = new Span(initialLetter != null ? i - 1 : i, i + 1, found);
            }
            int from = span.from;
            if (from == i && i > 0 && !taken[i - 1] && tokens.get(i - 1).capital() && joined(tokens, fields, i)
                    && !cues.notAName(tokens.get(i - 1)) && !cues.stop(tokens.get(i - 1).surface())
                    && (gazetteer.isFirstName(tokens.get(i - 1).key())
                            || keys.skeletons(tokens.get(i - 1).surface()).stream().anyMatch(gazetteer::isFirstNameSkeleton))) {
                // "Ali Rahman": the given name goes with the surname into the mention, if it is this person's: Рони
                // Фукса is not Paula-Mae Weekes, whose surname has the same consonants
                Set<Integer> fitting = givenNameFits(tokens.get(i - 1), span.candidates);
                if (fitting.isEmpty()) {
                    others.addAll(sks);
                    continue;
                }
                span = new Span(i, i + 1, fitting);
                from = i - 1;
                taken[from] = true;
            }
            Span full = new Span(from, i + 1, span.candidates);
            resolve(full, tokens, countries, date);
            spans.add(full);
            for (int k = from; k <= i; k++) {
                taken[k] = true;
            }
        }
    }

    /**
     * Keeps the candidates a lone Russian word can be the surname of: the romanised surname starts with the letter
     * the word does, and an adjective (Техасского, Научного, Беттиной) is only a surname that declines as one
     * (Зеленского, Zelensky).
     */
    private void russianSurnameFits(Token t, Set<Integer> candidates) {
        char initial = keys.romanInitial(t.surface());
        boolean adjective = ADJECTIVE.matcher(t.surface()).find();
        candidates.removeIf(c -> {
            List<String> w = Tokenizer.words(gazetteer.entries().get(c).name());
            String surname = w.get(w.size() - 1);
            return Character.toLowerCase(surname.charAt(0)) != initial
                    || (adjective && !ADJECTIVAL_SURNAME.matcher(surname).find());
        });
    }

    /** The romanised initial written just before word i ("М.", "S."), lower case, or null. */
    private Character initialBefore(List<Token> tokens, Map<String, String> fields, boolean[] taken, int i) {
        if (i == 0) {
            return null;
        }
        Token prev = tokens.get(i - 1);
        String letters = prev.surface().replace(".", "");
        if (taken[i - 1] || letters.length() != 1 || !Character.isUpperCase(letters.charAt(0)) || !joined(tokens, fields, i)
                || prev.script() != tokens.get(i).script()) {
            return null;
        }
        char c = keys.romanInitial(letters);
        return c == 0 ? null : c;
    }

    /**
     * The candidates one of whose given names the word could be: the same consonants, one letter apart, or one
     * containing the other at its start or end (Ali for Emomali, Mohammed for Mohammed bin Salman).
     */
    private Set<Integer> givenNameFits(Token given, Set<Integer> candidates) {
        Set<Integer> out = new HashSet<>();
        List<String> sks = keys.skeletons(given.surface());
        for (int c : candidates) {
            List<String> words = Tokenizer.words(gazetteer.entries().get(c).name());
            for (String w : words.subList(0, words.size() - 1)) {
                String g = keys.skeleton(w);
                if (sks.stream().anyMatch(s -> !s.isEmpty() && !g.isEmpty()
                        && (oneEditApart(s, g) || g.startsWith(s) || g.endsWith(s) || s.startsWith(g) || s.endsWith(g)))) {
                    out.add(c);
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Places the gazetteer names only in English, written in Cyrillic or Arabic (Москве, بيروت, Тель-Авив), on
     * consonant skeletons of one or two words.
     */
    private void places(List<Token> tokens, Map<String, String> fields, boolean[] taken, List<Span> spans) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean eligible = (t.script() == Script.CYRILLIC && t.capital()) || t.script() == Script.ARABIC;
            boolean single = t.script() == Script.CYRILLIC;
            if (taken[i] || !eligible || cues.stop(t.surface())) {
                continue;
            }
            if (t.script() == Script.CYRILLIC && i + 1 < tokens.size() && tokens.get(i + 1).capital()
                    && joined(tokens, fields, i + 1) && keys.skeletons(t.surface()).stream().anyMatch(gazetteer::isFirstNameSkeleton)) {
                // "Виктор Черномырдин": a given name before a surname, not Victoria
                continue;
            }
            for (int len = Math.min(2, tokens.size() - i); len >= 1; len--) {
                if (len == 2 && (taken[i + 1] || !joined(tokens, fields, i + 1) || tokens.get(i + 1).script() != t.script()
                        || (t.script() == Script.CYRILLIC && !tokens.get(i + 1).capital()))) {
                    continue;
                }
                Set<Integer> found = new HashSet<>();
                List<String> own = single ? List.of(keys.skeleton(nominative(t))) : keys.skeletons(t.surface());
                for (String a : own) {
                    if (len == 1) {
                        // one Arabic word is too often an ordinary word: Arabic places come from the overlay's names
                        if (single && a.length() >= 3) {
                            found.addAll(gazetteer.byPlaceSkeleton(a));
                        }
                    } else {
                        for (String b : keys.skeletons(tokens.get(i + 1).surface())) {
                            if ((a + b).length() >= 5) {
                                found.addAll(gazetteer.byPlaceSkeleton(a + b));
                            }
                        }
                    }
                }
                String roman = single && len == 1 ? keys.romanised(nominative(t)).toLowerCase(Locale.ROOT) : null;
                if (single && t.sentenceStart()) {
                    // a capital opening a sentence says nothing: Работа is not Rabat, nor Причем Paris
                    found.clear();
                }
                if (found.isEmpty() && roman != null && !t.sentenceStart()) {
                    // г for a foreign h (Тегеране, Tehran), or a short name spelt letter for letter (Аммане, Amman)
                    String h = keys.hSkeleton(nominative(t));
                    if (h.length() >= 3) {
                        found.addAll(gazetteer.byPlaceSkeleton(h));
                    }
                    found.addAll(gazetteer.byPlaceName(roman));
                }
                if (t.script() == Script.CYRILLIC) {
                    // Борисом is not Paris: a romanised Russian name starts with the letter the English one does
                    char initial = keys.romanInitial(t.surface());
                    found.removeIf(c -> Character.toLowerCase(gazetteer.entries().get(c).name().charAt(0)) != initial);
                }
                if (!found.isEmpty()) {
                    Span span = new Span(i, i + len, found);
                    // of places with one skeleton, the one spelt most alike (Тегеран: Tehran, not Tirana)
                    Comparator<Integer> alike = Comparator.comparingInt(c -> roman == null ? 0
                            : LevenshteinDistance.getDefaultInstance().apply(roman.replace('g', 'h'),
                                    gazetteer.entries().get(c).name().toLowerCase(Locale.ROOT)));
                    span.entry = found.stream().min(alike.thenComparing(c -> gazetteer.entries().get(c).id())).orElseThrow();
                    spans.add(span);
                    for (int k = i; k < i + len; k++) {
                        taken[k] = true;
                    }
                    i += len - 1;
                    break;
                }
            }
        }
    }

    /**
     * Ministries and central banks with the country they are of: right after the phrase, in the genitive or after
     * "of" or an abbreviation in brackets ("министерства иностранных дел (МИД) ФРГ"), or right before it ("Iran's
     * Foreign Ministry"). A body without its country is left out: "МИД" alone is no one's.
     */
    private void bodies(List<Token> tokens, boolean[] taken, List<Span> spans) {
        Map<Integer, Span> countryFrom = new HashMap<>();
        Map<Integer, Span> countryTo = new HashMap<>();
        for (Span s : spans) {
            if (s.entry >= 0 && gazetteer.entries().get(s.entry).type() == EntityType.COUNTRY) {
                countryFrom.putIfAbsent(s.from, s);
                countryTo.putIfAbsent(s.to, s);
            }
        }
        List<Span> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Bodies.Found b = taken[i] ? null : bodies.at(tokens, i);
            if (b == null) {
                continue;
            }
            Span country = countryFrom.get(b.to());
            if (country == null && b.to() < tokens.size()) {
                Token between = tokens.get(b.to());
                if (bodies.countryLink(between.key()) || between.surface().equals(between.surface().toUpperCase(Locale.ROOT))) {
                    country = countryFrom.get(b.to() + 1);
                }
            }
            Span span = null;
            if (country != null && country.paragraph(tokens) == tokens.get(i).paragraph()) {
                span = new Span(i, country.to, Set.of(country.entry));
            } else if (countryTo.get(possessor(tokens, i)) != null) {
                country = countryTo.get(possessor(tokens, i));
                span = new Span(country.from, b.to(), Set.of(country.entry));
            }
            if (span != null) {
                span.entry = country.entry;
                span.body = b.body();
                found.add(span);
                for (int k = b.from(); k < b.to(); k++) {
                    taken[k] = true;
                }
            }
            i = b.to() - 1;
        }
        spans.addAll(found);
    }

    /** Where the word before word i ends, past a possessive s ("Iran's"). */
    private static int possessor(List<Token> tokens, int i) {
        return i > 0 && tokens.get(i - 1).surface().equals("s") ? i - 1 : i;
    }

    /** A title in the words after word i, in its sentence: "Ali Rahman, the leader of ...". */
    private boolean cueAfter(List<Token> tokens, int i) {
        Token at = tokens.get(i);
        for (int k = i + 1; k < Math.min(tokens.size(), i + 1 + CUE_WINDOW); k++) {
            Token t = tokens.get(k);
            if (t.paragraph() != at.paragraph() || !t.field().equals(at.field()) || t.sentenceStart()) {
                return false;
            }
            if (cues.title(t.key()) != null) {
                return true;
            }
        }
        return false;
    }

    /** The role suggested by a title up to {@link #CUE_WINDOW} words before word i in its sentence, or null. */
    private String cue(List<Token> tokens, int i) {
        Token at = tokens.get(i);
        for (int k = i - 1; k >= Math.max(0, i - CUE_WINDOW); k--) {
            Token t = tokens.get(k);
            if (t.paragraph() != at.paragraph() || !t.field().equals(at.field())) {
                return null;
            }
            String role = cues.title(t.key());
            if (role != null) {
                return role;
            }
            if (tokens.get(k + 1).sentenceStart()) {
                return null;
            }
        }
        return null;
    }

    /** Picks the best-supported candidate. */
    private void resolve(Span span, List<Token> tokens, Set<String> countries, LocalDate date) {
        if (span.candidates.size() == 1) {
            span.entry = span.candidates.iterator().next();
            return;
        }
        String cue = cue(tokens, span.from);
        span.entry = span.candidates.stream().max(Comparator.comparingDouble((Integer c) -> score(c, cue, countries, date))
                .thenComparing(c -> gazetteer.entries().get(c).id(), Comparator.reverseOrder())).orElse(-1);
    }

    private double score(int candidate, String cue, Set<String> countries, LocalDate date) {
        GazetteerEntry e = gazetteer.entries().get(candidate);
        double s = switch (e.type()) {
            case COUNTRY -> 3;
            case ORGANIZATION -> 2.5;
            case PLACE -> 2;
            case PERSON -> e.prominence();
        };
        if (e.type() != EntityType.PERSON) {
            return s;
        }
        if (date != null) {
            s += e.roles().stream().anyMatch(r -> r.weight() >= 0.6 && r.heldOn(date)) ? 1 : -0.5;
        }
        if (e.countries().stream().anyMatch(countries::contains)) {
            s += 1.5;
        }
        if (cue != null && !cue.equals("title") && e.held(cue, date)) {
            s += 1;
        }
        return s;
    }

    private List<Span> unknownPeople(List<Token> tokens, Map<String, String> fields, boolean[] taken) {
        List<Span> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token first = tokens.get(i);
            if (taken[i] || !first.capital() || cues.stop(first.surface()) || cues.notAName(first)
                    || (first.script() != Script.LATIN && first.script() != Script.CYRILLIC)) {
                continue;
            }
            boolean allCaps = first.surface().equals(first.surface().toUpperCase(Locale.ROOT));
            boolean firstName = !allCaps && (first.script() == Script.LATIN ? gazetteer.isFirstName(first.key())
                    : keys.skeletons(first.surface()).stream().anyMatch(gazetteer::isFirstNameSkeleton));
            String cue = i > 0 && !first.sentenceStart() ? cues.title(tokens.get(i - 1).key()) : null;
            if (!firstName && (cue == null || allCaps)) {
                continue;
            }
            int end = i + 1;
            while (end < tokens.size() && end - i < 4 && !taken[end] && tokens.get(end).capital()
                    && tokens.get(end).script() == first.script() && joined(tokens, fields, end)
                    && !cues.stop(tokens.get(end).surface()) && !cues.notAName(tokens.get(end))) {
                end++;
            }
            if (end - i >= 2 || (cue != null && !firstName)) {
                Span span = new Span(i, end, Set.of());
                if (end - i >= 2 && first.script() == Script.CYRILLIC) {
                    span.entry = spelledAlike(tokens, span);
                }
                out.add(span);
                for (int k = i; k < end; k++) {
                    taken[k] = true;
                }
                i = end - 1;
            }
        }
        return out;
    }

    /**
     * Someone whose name the romanised words spell all but a letter or two apart, where their consonants are too
     * few to tell (Аяд Аллауи, Ayyad Allaui: Ayad Allawi), if prominent or of a country the article names; else -1.
     */
    private int spelledAlike(List<Token> tokens, Span span) {
        String written = keys.folded(romanised(tokens, span));
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        String last = written.substring(written.lastIndexOf(' ') + 1);
        if (last.length() < 3) {
            return -1;
        }
        for (int c : gazetteer.bySurnameStart(last.substring(0, 3))) {
            String name = keys.folded(gazetteer.entries().get(c).name());
            int d = LevenshteinDistance.getDefaultInstance().apply(written, name);
            if (d <= 2 && d * 5 <= name.length() && d < bestDistance
                    && gazetteer.entries().get(c).prominence() >= Gazetteer.SURNAME_PROMINENCE) {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }

    private List<Entity> entities(List<Token> tokens, Map<String, String> fields, List<Span> spans, List<Span> unknown) {
        record Found(String id, String name, String type, List<Entity.Mention> mentions, double[] weight) {
        }
        Map<String, Found> byKey = new LinkedHashMap<>();
        List<Span> all = new ArrayList<>(spans);
        all.addAll(unknown);
        all.sort(Comparator.comparingInt(s -> s.from));
        for (Span s : all) {
            Token a = tokens.get(s.from);
            Token b = tokens.get(s.to - 1);
            String surface = fields.get(a.field()).substring(a.start(), b.end());
            String id;
            String name;
            String type;
            if (s.body != null) {
                GazetteerEntry country = gazetteer.entries().get(s.entry);
                id = "newsroom:org:" + s.body.slug() + "-" + country.countries().iterator().next().toLowerCase(Locale.ROOT);
                name = s.body.name() + " of " + country.name();
                type = EntityType.ORGANIZATION.name();
            } else if (s.entry >= 0) {
                GazetteerEntry e = gazetteer.entries().get(s.entry);
                id = e.id();
                name = e.name();
                type = e.type().name();
            } else if (s.candidates.isEmpty()) {
                id = null;
                name = romanised(tokens, s);
                type = EntityType.PERSON.name();
            } else {
                continue;
            }
            Found f = byKey.computeIfAbsent(id != null ? id : "?" + name,
                    k -> new Found(id, name, type, new ArrayList<>(), new double[1]));
            f.mentions().add(new Entity.Mention(a.field(), a.start(), b.end(), surface));
            f.weight()[0] += a.paragraph() == 0 ? 3 : a.paragraph() == 1 ? 2 : 1;
        }
        double max = byKey.values().stream().mapToDouble(f -> f.weight()[0]).max().orElse(1);
        List<Entity> out = new ArrayList<>();
        for (Found f : byKey.values()) {
            out.add(new Entity(f.id(), f.name(), f.type(), Math.round(1000 * f.weight()[0] / max) / 1000.0, f.mentions()));
        }
        out.sort(Comparator.comparingDouble(Entity::salience).reversed());
        return out;
    }

    private static final List<String> CASE_ENDINGS = List.of("ом", "ем", "ой", "ей", "а", "я", "у", "ю", "е");

    /**
     * A Russian name word without its case ending (Младича, Рустаму), as far as the stemmer and the ending agree;
     * a genitive in ы is of a name in а (Манделы, Мандела), as no other singular ends so.
     */
    private static String nominative(Token t) {
        String lower = t.surface().toLowerCase(java.util.Locale.ROOT);
        String rest = lower.startsWith(t.key()) ? lower.substring(t.key().length()) : "";
        if (rest.equals("ы")) {
            return t.surface().substring(0, t.key().length()) + "а";
        }
        return CASE_ENDINGS.contains(rest) ? t.surface().substring(0, t.key().length()) : t.surface();
    }

    /** A name outside the gazetteer in Latin letters (BGN for Russian). */
    private String romanised(List<Token> tokens, Span s) {
        StringBuilder b = new StringBuilder();
        for (int k = s.from; k < s.to; k++) {
            Token t = tokens.get(k);
            String w = t.script() == Script.CYRILLIC ? nominative(t) : t.surface().replaceAll("['’]s$", "");
            if (t.script() != Script.LATIN) {
                synchronized (ROMANISE) {
                    w = ROMANISE.transliterate(w);
                }
                w = w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
            }
            b.append(b.length() == 0 ? "" : " ").append(w);
        }
        return b.toString();
    }
}
