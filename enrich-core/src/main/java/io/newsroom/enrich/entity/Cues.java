package io.newsroom.enrich.entity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;

import io.newsroom.enrich.vocab.Vocabulary;

/**
 * Words around a name that say who it is: titles ("President", "президент", "الرئيس") and, for Arabic, which has
 * no capitals to mark a name, verbs of saying ("قال"). Plus the stop words of each language, which never start a
 * name. Matched on {@link NameKeys#key}s, so inflected and cliticised forms count. Thread-safe.
 */
final class Cues {

    /** Any title: the role it suggests, or "title" for a title of no particular office. */
    private final Map<String, String> titles = new HashMap<>();
    private final Set<String> sayings = new HashSet<>();
    private final Set<String> calendar = new HashSet<>();
    private final Set<String> particles = new HashSet<>();
    /** Arabic ordinals that follow a monarch's name as Roman numerals do elsewhere (عبدالله الثاني). */
    private final Map<String, String> ordinals = new HashMap<>();
    /** Lucene's stop words of the three languages in one set: asked for most tokens, so one lookup, no stream. */
    private final Set<String> stops = stopWords(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET,
            RussianAnalyzer.getDefaultStopSet(), ArabicAnalyzer.getDefaultStopSet());

    Cues(NameKeys keys) {
        put(keys, "head_of_state", "president", "presidents", "king", "queen", "emir", "sultan", "monarch",
                "президент", "президента", "король", "королева", "رئيس", "الرئيس", "ملك", "الملك", "الملكة", "العاهل", "الامير",
                "أمير");
        put(keys, "head_of_government", "premier", "chancellor", "prime", "премьер", "канцлер", "الوزراء");
        put(keys, "foreign_minister", "foreign", "мид", "иностранных", "الخارجية");
        put(keys, "defence_minister", "defence", "defense", "обороны", "минобороны", "الدفاع");
        put(keys, "title", "minister", "ministers", "leader", "secretary", "government", "ministry", "chairman", "senator",
                "ambassador", "spokesman", "spokeswoman",
                "министр", "глава", "лидер", "посол", "председатель", "сенатор", "господин", "госпожа", "мвд", "минфин",
                "минюст",
                "وزير", "السفير", "المتحدث", "المتحدثة", "زعيم", "السيد", "الفريق", "المستشار", "المستشارة", "السيناتور");
        calendar(keys);
        String[] arabicOrdinals = {"الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن",
                "التاسع", "العاشر"};
        String[] roman = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
        for (int n = 0; n < roman.length; n++) {
            ordinals.put(keys.key(arabicOrdinals[n]), roman[n]);
        }
        for (String w : List.of("al", "el", "bin", "ibn", "bint", "de", "del", "da", "van", "von", "der", "la", "аль",
                "эль", "бен", "бин", "ибн", "де", "ван", "фон", "بن", "ابن", "بنت")) {
            particles.add(keys.key(w));
        }
        for (String w : List.of("قال", "وقال", "قالت", "اضاف", "واضاف", "اكد", "واكد", "كرر", "وكرر", "اعلن", "واعلن",
                "اشار", "دعا", "اوضح", "صرح", "ذكر", "يقول", "حذر", "طالب", "التقى", "استقبل", "زار")) {
            sayings.add(keys.key(w));
        }
    }

    private void calendar(NameKeys keys) {
        for (String lang : List.of("en", "ru")) {
            for (String w : Vocabulary.words("entity/" + lang + "/calendar.tsv")) {
                calendar.add(keys.key(w));
            }
        }
    }

    /** Lower-case words inside names: al-Maliki, bin Laden, van Rompuy, аль-Малики. */
    boolean particle(String key) {
        return particles.contains(key);
    }

    /** Titles, months and weekdays: capitalised, but never part of a person's name (a capitalised Russian month is). */
    boolean notAName(Token t) {
        // Russian writes months and weekdays in lower case: a capitalised Марта inside a sentence is Mart or Marta
        return titles.containsKey(t.key()) || calendar.contains(t.key())
                && !(t.script() == Script.CYRILLIC && t.capital() && !t.sentenceStart());
    }

    private void put(NameKeys keys, String role, String... words) {
        for (String w : words) {
            titles.putIfAbsent(keys.key(w), role);
        }
    }

    /** The role a title word suggests, "title" for a title of no particular office, or null. */
    String title(String key) {
        return titles.get(key);
    }

    /** The regnal number a word writes (II, الثاني), or null. */
    String numeral(Token t) {
        if (t.script() == Script.ARABIC) {
            return ordinals.get(t.key());
        }
        char c = t.surface().charAt(0);
        return (c == 'I' || c == 'V' || c == 'X') && Gazetteer.ROMAN.matcher(t.surface()).matches() ? t.surface() : null;
    }

    boolean saying(String key) {
        return sayings.contains(key);
    }

    boolean stop(String surface) {
        return stops.contains(surface.toLowerCase(Locale.ROOT));
    }

    private static Set<String> stopWords(CharArraySet... sets) {
        Set<String> words = new HashSet<>();
        for (CharArraySet set : sets) {
            for (Object word : set) {
                words.add(new String((char[]) word));
            }
        }
        return Set.copyOf(words);
    }
}
