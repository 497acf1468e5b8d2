package io.newsroom.enrich.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A surname alone: someone the article already named in full ("وبوتين" after "فلاديمير بوتين"), or a prominent
 * office-holder announced by a title or an initial ("President Rahmon", "президента Ильвеса", "М.Ганнучи") or,
 * unannounced, of a country the article names. A given name in front joins the mention if it is the person's.
 * Thread-safe (see {@link Pass}).
 */
record SurnamePass(Gazetteer gazetteer, NameKeys keys, Cues cues, Resolver resolver) implements Pass {

    /** Marks a key in the map of people named so far: skeletons are lower-case ASCII, so none starts with it. */
    private static final String WRITTEN = "=";
    /** The prominence of a head of state or government ({@link GazetteerEntry#prominence}). */
    private static final double HEAD = 0.9;
    /** The most letters a Russian case ending adds to a surname in Latin letters (Путиным, Putin). */
    private static final int CASE_ENDING = 2;
    /** Surnames that decline as adjectives: Zelensky, Dostoevsky, Tolstoy, Trubetskoy. */
    private static final Pattern ADJECTIVAL_SURNAME = Pattern.compile(
            "(?i)(sky|skiy|skyi|skyy|ski|skaya|ska|skoy|oy|iy|yi|aya)$");

    @Override
    public void run(TagContext a) {
        List<Token> tokens = a.tokens();
        // the names in full the earlier passes found: a surname this pass links is no evidence for the next
        NamedPeople named = new NamedPeople(a);
        // surnames the article gave someone else's given name ("Рони Фукса"): alone later, they are that person too
        Set<String> others = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!alone(a, i)) {
                continue;
            }
            Integer coref = coreferent(a, named.before(i), i);
            if (coref == null && i > 0 && tokens.get(i - 1).capital() && a.joined(i)
                    && keys.skeleton(tokens.get(i - 1).surface()).length() >= 2) {
                // with their given name in front, in another case ("Petra Fialy" before "Petr Fiala"), anywhere; a
                // given name of one consonant fits too many ("Holly" is not Alyson)
                Integer later = coreferent(a, named.before(tokens.size()), i);
                coref = later != null && !givenNameFits(tokens.get(i - 1), Set.of(later)).isEmpty() ? later : null;
            }
            List<String> sks = keys.skeletons(t.surface());
            if (coref == null && sks.stream().anyMatch(others::contains)) {
                continue;
            }
            Span span = coref != null ? new Span(i, i + 1, Set.of(coref)) : announced(a, i);
            if (span == null) {
                continue;
            }
            int from = span.from;
            if (from == i && i > 0 && !a.taken(i - 1) && tokens.get(i - 1).capital() && a.joined(i)
                    && !cues.notAName(tokens.get(i - 1)) && !cues.stop(tokens.get(i - 1))
                    && (gazetteer.spellings().isFirstName(tokens.get(i - 1).key())
                            || keys.skeletons(tokens.get(i - 1).surface()).stream()
                                    .anyMatch(gazetteer.spellings()::isFirstNameSkeleton))) {
                // "Ali Rahman": the given name goes with the surname into the mention, if it is this person's: Рони
                // Фукса is not Paula-Mae Weekes, whose surname has the same consonants
                Set<Integer> fitting = givenNameFits(tokens.get(i - 1), span.candidates);
                if (fitting.isEmpty()) {
                    others.addAll(sks);
                    continue;
                }
                span = new Span(i, i + 1, fitting);
                from = i - 1;
            }
            Span full = new Span(from, i + 1, span.candidates);
            resolver.resolve(full, a);
            a.claim(full);
        }
    }

    /**
     * Who word i names again of the people named: the surname as written before, or its consonants if there are two
     * or more: one consonant is no evidence (Hill, هيل: "امس الاول", the day before yesterday, is not Christopher Hill
     * again); in Latin letters, spelt alike too ("Tools" is not Cynthia Telles again, whatever its consonants).
     */
    private Integer coreferent(TagContext a, Map<String, Integer> named, int i) {
        Token t = a.token(i);
        if (named.containsKey(WRITTEN + t.key())) {
            return named.get(WRITTEN + t.key());
        }
        return keys.skeletons(t.surface()).stream().filter(sk -> sk.length() >= 2).map(named::get)
                .filter(Objects::nonNull)
                .filter(c -> t.script() != Script.LATIN || gazetteer.surnameSpeltLike(c, t.surface()))
                .findFirst().orElse(null);
    }

    /**
     * The people the earlier passes named, by the skeletons of their surname as listed and as written, and by its key
     * as written, as named before a word: in the text a surname before a full name is not yet theirs ("Трампе" opening
     * an article is Donald Trump, though Melania Trump is named in full further on); a headline's surname is the
     * text's full name's. Each set of names is worked out once: it changes only where a name begins.
     */
    private final class NamedPeople {

        private final TagContext a;
        private final List<Span> people = new ArrayList<>();
        private final Map<Integer, Map<String, Integer>> byCount = new HashMap<>();

        NamedPeople(TagContext a) {
            this.a = a;
            for (Span s : a.spans()) {
                if (s.entry >= 0 && gazetteer.entries().get(s.entry).type() == EntityType.PERSON) {
                    people.add(s);
                }
            }
        }

        /** The people named before word i (all of them for a word of the headline). */
        Map<String, Integer> before(int i) {
            boolean title = i < a.size() && a.token(i).field().equals("title");
            int count = 0;
            for (Span s : people) {
                if (title || s.from < i) {
                    count++;
                }
            }
            return byCount.computeIfAbsent(count, c -> map(title ? Integer.MAX_VALUE : i));
        }

        private Map<String, Integer> map(int limit) {
            Map<String, Integer> named = new LinkedHashMap<>();
            for (Span s : people) {
                if (s.from < limit) {
                    List<String> words = Tokenizer.words(gazetteer.entries().get(s.entry).name());
                    named.put(keys.skeleton(words.get(words.size() - 1)), s.entry);
                    keys.skeletons(a.token(s.to - 1).surface()).forEach(sk -> named.putIfAbsent(sk, s.entry));
                    named.putIfAbsent(WRITTEN + a.token(s.to - 1).key(), s.entry);
                }
            }
            return named;
        }
    }

    /** Whether word i may be a surname standing alone: free, written as a name, and not part of a longer one. */
    private boolean alone(TagContext a, int i) {
        List<Token> tokens = a.tokens();
        Token t = tokens.get(i);
        if (a.taken(i) || cues.stop(t) || t.surface().length() < 3 || cues.cutFromCompound(a, i, i + 1)) {
            return false;
        }
        boolean cased = t.script() == Script.LATIN || t.script() == Script.CYRILLIC;
        if (cased && (!t.capital() || t.surface().equals(t.surface().toUpperCase(Locale.ROOT)))) {
            return false;
        }
        if (cased && i + 1 < tokens.size() && a.joined(i + 1) && (tokens.get(i + 1).capital()
                || cues.particle(tokens.get(i + 1).key()) && i + 2 < tokens.size() && tokens.get(i + 2).capital())) {
            // followed by another name word it is a given name or part of a longer name, not a lone surname
            // ("Абдалла бен Насер Аль Тани")
            return false;
        }
        // after bin a name is the father's: "عبد الله بن عبد العزيز" is Abdullah, not a second person
        return i == 0 || !cues.particle(tokens.get(i - 1).key()) || cues.particle(t.key());
    }

    /**
     * Word i as the surname of someone the article did not name in full, with the initial in front when there is
     * one; null when nothing announces it or no one fits.
     */
    private Span announced(TagContext a, int i) {
        List<Token> tokens = a.tokens();
        Token t = tokens.get(i);
        List<String> sks = keys.skeletons(t.surface());
        // an initial in front ("М.Ганнучи", "S. Lavrov") says a name as a title does, and whose
        Character initialLetter = initialBefore(a, i);
        String cue = initialLetter != null ? "title" : cues.before(tokens, i);
        boolean said = t.script() == Script.ARABIC && i > 0 && cues.saying(tokens.get(i - 1).key());
        Set<Integer> found = new HashSet<>();
        if (cues.notAName(t)) {
            return null;
        }
        if (t.script() == Script.LATIN) {
            // within one script a surname is mostly spelt one way: the very surname of someone prominent, or, with a
            // title near and the person's country in the article, a variant ("Ali Rahman, the leader of Tajikistan")
            if (cue != null) {
                found.addAll(gazetteer.spellings().bySurnameKey(t.key()));
            } else if (!t.sentenceStart() && !cues.where(a, i, i + 1)) {
                // unannounced, only someone whose country the article names: "the English team" is not Bill English
                // of New Zealand
                gazetteer.spellings().bySurnameKey(t.key()).stream().filter(c -> resolver.supported(c, a))
                        .forEach(found::add);
            }
            if (cue != null || cues.after(tokens, i)) {
                // a variant in the same script is a variant of the letters too (Rahman, Rahmon), not of the consonant
                // classes alone: "Tools" is not Telles, "Suite" not Shekhawat, "Apex" not Baucus
                sks.stream().filter(sk -> sk.length() >= 3).forEach(sk -> gazetteer.spellings().bySurnameSkeleton(sk)
                        .stream().filter(c -> resolver.supported(c, a) && gazetteer.surnameSpeltLike(c, t.surface()))
                        .forEach(found::add));
            }
        } else if (t.script() == Script.ARABIC && ((cue != null && !cue.equals("title")) || said)) {
            // no capitals mark an Arabic name: an office title or a verb of saying, and the person's country
            sks.stream().filter(sk -> sk.length() >= 3).forEach(sk -> gazetteer.spellings().bySurnameSkeleton(sk).stream()
                    .filter(c -> resolver.supported(c, a)).forEach(found::add));
        } else if (t.script() == Script.CYRILLIC && (cue != null || !t.sentenceStart())
                && !(cue == null && cues.where(a, i, i + 1))) {
            // after "в" a capitalised word is a place (в Таллине), not Patrice Talon
            russian(a, i, cue != null, initialLetter != null, found);
        } else if (t.script() == Script.CYRILLIC && cue == null && !gazetteer.givenNameWritten(t)) {
            // opening a sentence a capital says nothing: only the one surname spelt letter for letter ("Лавров
            // заявил"), not its consonants ("Работа" is not Rabat's, "Болезнь" not Bolojan's), and not a word that
            // is a given name too ("Роман", a novel, is not Petre Roman)
            Set<Integer> spelt = russianSurnames(t, 3, Integer.MAX_VALUE, c -> speltExactly(t, c));
            if (spelt.size() == 1) {
                found.addAll(spelt);
            }
        }
        if (found.isEmpty() && t.script() == Script.ARABIC && cue == null) {
            // with no office title before it, a word the spelling tables spell, letter for letter, as the surname of
            // a head of state or government whose country the article names (بوش, Bush), if no other prominent
            // person of a country it names has that surname (كلينتون with the United States: Bill or Hillary) and
            // the word is no given name of a listed person of a country writing in Arabic script (سلام, Salam, also
            // peace; but بلير, Blair, is an Australian minister's given name and no Arabic word)
            NameSpelling.Spelling english = NameSpelling.english(t, keys);
            if (english != null && english.names() >= 2 && !gazetteer.arabicGivenNameWritten(t)) {
                Set<Integer> named = gazetteer.spellings().bySurnameKey(keys.key(english.english())).stream()
                        .filter(c -> resolver.supported(c, a)).collect(Collectors.toSet());
                if (named.size() == 1 && gazetteer.entries().get(named.iterator().next()).prominence() >= HEAD) {
                    found.addAll(named);
                }
            }
        }
        if (initialLetter != null) {
            found.removeIf(c -> Character.toLowerCase(gazetteer.entries().get(c).name().charAt(0)) != initialLetter);
        }
        return found.isEmpty() ? null : new Span(initialLetter != null ? i - 1 : i, i + 1, found);
    }

    /** The people a capitalised Russian word i may be the surname of, announced by a title or an initial, or not. */
    private void russian(TagContext a, int i, boolean announced, boolean initialled, Set<Integer> found) {
        List<Token> tokens = a.tokens();
        Token t = tokens.get(i);
        // announced by a title ("президента Ильвеса") three letters do; unannounced, four. Of a country the article
        // does not name, a title's surname must be spelt as theirs, as its consonants alone meet anyone ("глава
        // центра Лео Бакерия" is not Sidi Mohamed Ould Boubacar of Mauritania); an initial says whose it is instead
        // ("М.Ганнучи", Mohamed Ghannouchi)
        found.addAll(russianSurnames(t, announced ? 3 : 4, Integer.MAX_VALUE,
                c -> !announced || initialled || resolver.supported(c, a) || speltAlike(t, c, a)));
        if (!announced) {
            // unannounced, a capitalised word is someone's surname only after their given name or if the article
            // names their country: Болезнь is not Ilie Bolojan, nor Крещения S. M. Krishna
            Token prev = i > 0 && tokens.get(i - 1).capital() && a.joined(i) ? tokens.get(i - 1) : null;
            Set<Integer> given = prev == null ? Set.of() : givenNameFits(prev, found);
            // a given name alike is no evidence for a surname only alike: "Никита Михалков" is not Nikolay Milkov
            found.removeIf(c -> !resolver.supported(c, a) && !(given.contains(c) && speltAlike(t, c, a)));
        }
        if (found.isEmpty()) {
            // Путину: three letters name only a head of state or government, and only one of them
            Set<Integer> top = russianSurnames(t, 3, 3,
                    c -> gazetteer.entries().get(c).prominence() >= HEAD && speltAlike(t, c, a));
            Token prev = i > 0 && tokens.get(i - 1).capital() && a.joined(i) ? tokens.get(i - 1) : null;
            if (top.isEmpty() && (prev == null || prev.sentenceStart() && !gazetteer.givenNameWritten(prev))) {
                // two (Обамы) only in the nominative spelt exactly as the head's surname, and with no given name in
                // front ("Встреча Обамы", but "Ульрих Маурер" is not Ueli Maurer)
                top = russianSurnames(t, 2, 2, c -> gazetteer.entries().get(c).prominence() >= HEAD
                        && NameSpelling.nominatives(t).stream().map(n -> keys.folded(keys.romanised(n)))
                                .anyMatch(keys.folded(gazetteer.surname(c))::equals));
            }
            if (top.size() == 1) {
                found.addAll(top);
            }
        }
        if (found.isEmpty() && !announced && !gazetteer.givenNameWritten(t)) {
            // a longer surname spelt as a head's, with no country named: "Трампа" (but "Стивен" is a given name,
            // not Marcus Stephen's surname)
            found.addAll(soleHead(russianSurnames(t, 4, Integer.MAX_VALUE, c -> speltAlike(t, c, a))));
        }
    }

    /**
     * The one head of state or government among the candidates, if few of the gazetteer's people share the surname
     * ({@link Gazetteer#surnameFewShare}): such a person goes by the surname alone even where the article names no
     * country of theirs ("за Трампа"). Russian only: there a capital inside a sentence marks a name, while English
     * capitalises languages and given names are surnames too (tried in Latin letters, the open set's pages gave it
     * "English", "Jonathan" and "Socrates": none of 33 was the head; nor did the recogniser's people help: "Stock",
     * "Bird", "Champagne" and "Bono" became office-holders).
     */
    private Set<Integer> soleHead(Set<Integer> candidates) {
        Set<Integer> heads = new HashSet<>();
        candidates.stream().filter(c -> gazetteer.entries().get(c).prominence() >= HEAD).forEach(heads::add);
        if (heads.size() != 1) {
            return Set.of();
        }
        return gazetteer.surnameFewShare(heads.iterator().next()) ? heads : Set.of();
    }

    /**
     * Whether a Russian word is spelt as the person's surname. Where the article names the person's country, a
     * variant a letter or two apart will do (Таллон, Talon); with nothing else to go on, only the surname romanised
     * letter for letter, a case ending aside (Путину, Putin; Трампа, Trump), or as the spelling tables spell it
     * (Макрону, Macron): Петен (Petén) is not Putin, Маренго not Moreno, Петра (Peter's) not Petro. Three shared
     * consonants alone never are (Сибири is not Seabra, Фракию not Frick, Комиссии not Komšić).
     */
    private boolean speltAlike(Token t, int candidate, TagContext a) {
        return speltExactly(t, candidate) || resolver.supported(candidate, a) && gazetteer.surnameWrittenLike(candidate, t);
    }

    /** The surname romanised letter for letter, a case ending aside, or as the spelling tables spell it. */
    private boolean speltExactly(Token t, int candidate) {
        String surname = keys.folded(gazetteer.surname(candidate));
        String written = keys.folded(keys.romanised(t.surface()).replace("'", ""));
        if (written.startsWith(surname) && written.length() - surname.length() <= CASE_ENDING) {
            return true;
        }
        NameSpelling.Spelling english = NameSpelling.english(t, keys);
        return english != null && keys.folded(english.english()).equals(surname);
    }

    /**
     * The people a Russian word's skeletons of {@code least} to {@code most} consonants are the surname of, as the
     * test and {@link #russianSurnameFits} allow.
     */
    private Set<Integer> russianSurnames(Token t, int least, int most, IntPredicate test) {
        Set<Integer> out = new HashSet<>();
        keys.skeletons(t.surface()).stream().filter(sk -> sk.length() >= least && sk.length() <= most)
                .forEach(sk -> gazetteer.spellings().bySurnameSkeleton(sk).stream().filter(test::test).forEach(out::add));
        russianSurnameFits(t, out);
        return out;
    }

    /**
     * Keeps the candidates a lone Russian word can be the surname of: the romanised surname starts with the letter
     * the word does, and an adjective (Техасского, Научного, Беттиной) is only a surname that declines as one
     * (Зеленского, Zelensky).
     */
    private void russianSurnameFits(Token t, Set<Integer> candidates) {
        char initial = keys.romanInitial(t.surface());
        boolean adjective = cues.adjectiveShaped(t);
        candidates.removeIf(c -> {
            String surname = gazetteer.surname(c);
            return Character.toLowerCase(surname.charAt(0)) != initial
                    || (adjective && !ADJECTIVAL_SURNAME.matcher(surname).find());
        });
    }

    /** The romanised initial written just before word i ("М.", "S."), lower case, or null. */
    private Character initialBefore(TagContext a, int i) {
        if (i == 0) {
            return null;
        }
        Token prev = a.token(i - 1);
        String letters = prev.surface().replace(".", "");
        if (a.taken(i - 1) || letters.length() != 1 || !Character.isUpperCase(letters.charAt(0)) || !a.joined(i)
                || prev.script() != a.token(i).script()) {
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
                if (sks.stream().anyMatch(s -> !s.isEmpty() && !g.isEmpty() && (NameKeys.oneEditApart(s, g)
                        || g.startsWith(s) || g.endsWith(s) || s.startsWith(g) || s.endsWith(g)))) {
                    out.add(c);
                    break;
                }
            }
        }
        return out;
    }
}
