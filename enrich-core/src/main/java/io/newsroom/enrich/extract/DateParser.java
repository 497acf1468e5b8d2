package io.newsroom.enrich.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Dates as pages write them, machine or human: ISO-8601, RFC 1123, "8 May 2025 15:21", "May 4, 2024",
 * "4th, May 2024 GMT", "04.01.2012", "2025.12.17", "2012年1月4日", with English, French, German, Spanish, Polish, Greek, Russian,
 * Ukrainian and Arabic month names and Arabic-Indic digits. A time without an offset is taken as UTC; a date without
 * a time is its day's start. Pure and thread-safe.
 */
public final class DateParser {

    private static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        month(1, "january", "jan", "janvier", "janv", "januar", "jän", "enero", "ene", "stycznia", "styczeń", "styczen",
                "ιανουαρίου", "ιανουάριος", "ιαν", "января", "январь", "янв", "січня", "січень", "يناير", "كانون الثاني", "جانفي");
        month(2, "february", "feb", "février", "fevrier", "févr", "februar", "febrero", "lutego", "luty",
                "φεβρουαρίου", "φεβρουάριος", "φεβ", "февраля", "февраль", "фев", "лютого", "лютий", "فبراير", "شباط", "فيفري");
        month(3, "march", "mar", "mars", "märz", "marzo", "marca", "marzec", "μαρτίου", "μάρτιος", "μαρ", "марта", "март",
                "березня", "березень", "مارس", "آذار");
        month(4, "april", "apr", "avril", "avr", "abril", "abr", "kwietnia", "kwiecień", "απριλίου", "απρίλιος", "απρ",
                "апреля", "апрель", "апр", "квітня", "квітень", "أبريل", "ابريل", "نيسان", "أفريل");
        month(5, "may", "mai", "mayo", "maja", "maj", "μαΐου", "μαίου", "μάιος", "μαΐ", "мая", "май", "травня", "травень",
                "مايو", "أيار", "ماي");
        month(6, "june", "jun", "juin", "juni", "junio", "czerwca", "czerwiec", "ιουνίου", "ιούνιος", "ιουν", "июня", "июнь",
                "червня", "червень", "يونيو", "حزيران", "جوان");
        month(7, "july", "jul", "juillet", "juil", "juli", "julio", "lipca", "lipiec", "ιουλίου", "ιούλιος", "ιουλ", "июля",
                "июль", "липня", "липень", "يوليو", "تموز", "جويلية");
        month(8, "august", "aug", "août", "aout", "agosto", "ago", "sierpnia", "sierpień", "αυγούστου", "αύγουστος", "αυγ",
                "августа", "август", "авг", "серпня", "серпень", "أغسطس", "اغسطس", "آب", "أوت");
        month(9, "september", "sep", "sept", "septembre", "septiembre", "września", "wrzesień", "σεπτεμβρίου",
                "σεπτέμβριος", "σεπ", "сентября", "сентябрь", "сен", "вересня", "вересень", "سبتمبر", "أيلول");
        month(10, "october", "oct", "octobre", "oktober", "okt", "octubre", "października", "październik",
                "οκτωβρίου", "οκτώβριος", "οκτ", "октября", "октябрь", "окт", "жовтня", "жовтень", "أكتوبر", "اكتوبر",
                "تشرين الأول");
        month(11, "november", "nov", "novembre", "noviembre", "listopada", "listopad", "νοεμβρίου", "νοέμβριος", "νοε",
                "ноября", "ноябрь", "ноя", "листопада", "листопад", "نوفمبر", "تشرين الثاني");
        month(12, "december", "dec", "décembre", "decembre", "déc", "dezember", "dez", "diciembre", "dic", "grudnia",
                "grudzień", "δεκεμβρίου", "δεκέμβριος", "δεκ", "декабря", "декабрь", "дек", "грудня", "грудень", "ديسمبر",
                "كانون الأول");
    }

    /** A regex group of every month name this parser knows, longest first. */
    public static final String MONTH = "(" + String.join("|", MONTHS.keySet().stream()
            .sorted((a, b) -> b.length() - a.length()).map(Pattern::quote).toList()) + ")";
    private static final String TIME = "(?:[,\\s]+(?:at\\s+|в\\s+|um\\s+|à\\s+)?(\\d{1,2})[:.h](\\d{2})(?::(\\d{2}))?)?";
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T\\s](\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:[.,]\\d+)?\\s*(Z|[+-]\\d{2}:?\\d{2})?)?");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?:st|nd|rd|th|er|\\.|-?го)?[,\\s.]+(?:of\\s+|de\\s+)?" + MONTH + "\\.?[,\\s]+(?:de\\s+)?(\\d{4})" + TIME,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * The letters month names begin with: a position that holds none of them is passed over at once, not tried
     * against each of the two hundred names in turn.
     */
    private static final String MONTH_START = "(?=[" + MONTHS.keySet().stream().map(n -> n.substring(0, 1))
            .distinct().sorted().collect(Collectors.joining()) + "])";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<![\\p{L}])" + MONTH_START + MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + TIME,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d.])(\\d{1,2})([./])(\\d{1,2})\\2(\\d{4})(?![\\d.])" + TIME);
    private static final Pattern SLASHED_ISO = Pattern.compile("(?<![\\d.])(\\d{4})([/.])(\\d{1,2})\\2(\\d{1,2})(?![\\d/]|\\.\\d)");
    private static final Pattern CJK = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日" + "(?:\\s*(\\d{1,2}):(\\d{2}))?");

    private static void month(int number, String... names) {
        for (String n : names) {
            MONTHS.put(n, number);
        }
    }

    /** @param dayFirst how to read 04/05/2024: day first (most of the world) or month first (US) */
    static OffsetDateTime parse(String raw, boolean dayFirst) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = asciiDigits(raw.strip());
        // every format has a four-digit year: text without one is out before the patterns run
        if (!hasYear(s)) {
            return null;
        }
        Matcher m = ISO.matcher(s);
        if (m.find()) {
            OffsetDateTime t = at(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6));
            if (t != null && m.group(7) != null) {
                try {
                    String offset = m.group(7).length() == 5 ? m.group(7).substring(0, 3) + ":" + m.group(7).substring(3) : m.group(7);
                    return t.toLocalDateTime().atOffset(ZoneOffset.of(offset));
                } catch (DateTimeException badOffset) {
                    return t;
                }
            }
            return t;
        }
        m = CJK.matcher(s);
        if (m.find()) {
            return at(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), null);
        }
        m = DAY_MONTH_YEAR.matcher(s);
        if (m.find()) {
            return at(m.group(3), String.valueOf(MONTHS.get(m.group(2).toLowerCase(Locale.ROOT))), m.group(1), m.group(4),
                    m.group(5), m.group(6));
        }
        m = MONTH_DAY_YEAR.matcher(s);
        if (m.find()) {
            return at(m.group(3), String.valueOf(MONTHS.get(m.group(1).toLowerCase(Locale.ROOT))), m.group(2), m.group(4),
                    m.group(5), m.group(6));
        }
        m = SLASHED_ISO.matcher(s);
        if (m.find()) {
            return at(m.group(1), m.group(3), m.group(4), null, null, null);
        }
        m = NUMERIC.matcher(s);
        if (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            boolean dotted = m.group(2).equals(".");
            boolean df = dotted || a > 12 || (b <= 12 && dayFirst);
            return at(m.group(4), df ? m.group(3) : m.group(1), df ? m.group(1) : m.group(3), m.group(5), m.group(6), m.group(7));
        }
        return null;
    }

    private static OffsetDateTime at(String y, String mo, String d, String h, String mi, String sec) {
        try {
            int year = Integer.parseInt(y);
            if (year < 1990 || year > LocalDate.now(ZoneOffset.UTC).getYear() + 1) {
                return null;
            }
            LocalDate day = LocalDate.of(year, Integer.parseInt(mo), Integer.parseInt(d));
            LocalDateTime time = h == null ? day.atStartOfDay()
                    : day.atTime(Integer.parseInt(h), Integer.parseInt(mi), sec == null ? 0 : Integer.parseInt(sec));
            return time.atOffset(ZoneOffset.UTC);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** Whether the text has a run of four digits (of any script), which every date this parser reads has. */
    static boolean hasYear(String s) {
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            run = Character.isDigit(s.charAt(i)) ? run + 1 : 0;
            if (run == 4) {
                return true;
            }
        }
        return false;
    }

    /** @return 1 to 12 for a month name this parser knows (any case), else null */
    public static Integer month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT));
    }

    /** Arabic-Indic and Eastern Arabic-Indic digits to ASCII. */
    public static String asciiDigits(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u0660' && c <= '\u0669') {
                out.append((char) ('0' + c - '\u0660'));
            } else if (c >= '\u06F0' && c <= '\u06F9') {
                out.append((char) ('0' + c - '\u06F0'));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
