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

import io.newsroom.enrich.extract.DateWord.Use;
import io.newsroom.enrich.vocab.Vocabulary;

/**
 * Dates as pages write them, machine or human: ISO-8601, RFC 1123, "8 May 2025 15:21", "May 4, 2024",
 * "4th, May 2024 GMT", "04.01.2012", "2025.12.17", "2012年1月4日", with the month names of every language that has them
 * ({@code vocab/extract/<lang>/months.tsv}: English, French, German, Spanish, Polish, Greek, Russian, Ukrainian,
 * Arabic), the words of {@link DateWord}, and Arabic-Indic digits. A time without an offset is taken as UTC; a date
 * without a time is its day's start. Pure and thread-safe.
 */
public final class DateParser {

    /** A month's name as dates write it, from {@code vocab/extract/<lang>/months.tsv}. */
    private record MonthName(int month, String form, Kind kind) {

        enum Kind {
            /** Standing alone (the nominative where the language inflects the name). */
            FULL,
            /** As a date writes it, where that differs ("5 января"). */
            GENITIVE,
            ABBREVIATION,
            /** Another spelling pages use (unaccented, without the hamza). */
            VARIANT
        }

        private static MonthName of(Vocabulary.Row row) {
            int month = Integer.parseInt(row.get("month"));
            String form = row.get("form");
            if (month < 1 || month > 12 || !form.equals(form.toLowerCase(Locale.ROOT))) {
                throw new IllegalStateException(row.resource() + " line " + row.line()
                        + ": a month is 1 to 12 and its form in lower case, not " + month + " " + form);
            }
            return new MonthName(month, form, Lexicon.choice(row, "kind", Kind.class));
        }
    }

    /** Every language's month names, in lower case, to their month's number. */
    private static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        for (MonthName name : Lexicon.read("months", MonthName::of)) {
            Integer other = MONTHS.putIfAbsent(name.form(), name.month());
            if (other != null && other != name.month()) {
                throw new IllegalStateException("'" + name.form() + "' names month " + other + " and month "
                        + name.month());
            }
        }
    }

    /** A regex group of every month name this parser knows, longest first. */
    public static final String MONTH = "(" + String.join("|", MONTHS.keySet().stream()
            .sorted((a, b) -> b.length() - a.length()).map(Pattern::quote).toList()) + ")";
    private static final String TIME = "(?:[,\\s]+(?:" + Lexicon.anyOf(DateWord.all(Use.BEFORE_TIME)) + "\\s+)?"
            + "(\\d{1,2})[:.h](\\d{2})(?::(\\d{2}))?)?";
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T\\s](\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:[.,]\\d+)?\\s*(Z|[+-]\\d{2}:?\\d{2})?)?");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?:" + Lexicon.anyOf(DateWord.all(Use.ORDINAL)) + "|\\.)?[,\\s.]+(?:"
                    + Lexicon.anyOf(DateWord.all(Use.DAY_MONTH)) + "\\s+)?" + MONTH + "\\.?[,\\s]+(?:"
                    + Lexicon.anyOf(DateWord.all(Use.MONTH_YEAR)) + "\\s+)?(\\d{4})" + TIME,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<![\\p{L}])" + Lexicon.startingWithOneOf(MONTHS.keySet()) + MONTH + "\\.?\\s+(\\d{1,2})(?:"
                    + Lexicon.anyOf(DateWord.monthFirstOrdinals()) + ")?,?\\s+(\\d{4})" + TIME,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d.])(\\d{1,2})([./])(\\d{1,2})\\2(\\d{4})(?![\\d.])" + TIME);
    private static final Pattern SLASHED_ISO = Pattern.compile("(?<![\\d.])(\\d{4})([/.])(\\d{1,2})\\2(\\d{1,2})(?![\\d/]|\\.\\d)");
    private static final Pattern CJK = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日" + "(?:\\s*(\\d{1,2}):(\\d{2}))?");

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
