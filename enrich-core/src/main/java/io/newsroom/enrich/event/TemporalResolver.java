package io.newsroom.enrich.event;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newsroom.enrich.extract.DateParser;

/**
 * Resolves a sentence's time expression against the article's date, in English, Arabic and Russian: full dates,
 * day and month without a year ("8-9 May", "يومي 8 و9 مايو"), weekdays ("on Wednesday", "يوم الأربعاء",
 * "в среду"), today/yesterday/tomorrow, next/last week, a year alone, and named observances. Weekdays and
 * yearless dates fall on the side of the article's date the event's tense points to. The words are data
 * ({@link TimeWords}); the month names are {@link DateParser}'s. Pure and thread-safe.
 */
final class TemporalResolver {

    private static final TimeWords WORDS = TimeWords.load();
    /** The month patterns run without case folding on a lower-cased copy, which is faster. */
    private static final String M = DateParser.MONTH;
    private static final String DAY = "(\\d{1,2})(?:" + WORDS.list("ordinal") + ")?";
    private static final String RANGE = "(?:\\s*(?:-|–|—|" + WORDS.list("range") + ")\\s*" + DAY + ")?";

    /** The most characters between a month's name and its day's number that are looked back across (". " and spaces). */
    private static final int MONTH_GAP = 8;

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?<![\\d.])" + DAY + RANGE + "[,\\s.]+(?:of\\s+)?" + M
            + "\\.?(?:[,\\s]+(\\d{4}))?(?!\\p{L})");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?<!\\p{L})" + M + "\\.?\\s+" + DAY + RANGE
            + "(?:,?\\s+(\\d{4}))?(?![\\d\\p{L}])");
    private static final Pattern YEAR = Pattern.compile(
            "(?<!\\p{L})(?:" + WORDS.list("year-before") + ")\\s+((?:19|20)\\d{2})(?!\\d)", TimeWords.ANY_CASE);
    /** Each language's weekday names after what must precede them (English: nothing; Arabic يوم; Russian в/во). */
    private static final Pattern WEEKDAY = Pattern.compile("(?<!\\p{L})(?:" + WORDS.weekday() + ")(?!\\p{L})",
            TimeWords.ANY_CASE);
    private static final Pattern TODAY = WORDS.words("today");
    private static final Pattern YESTERDAY = WORDS.words("yesterday");
    private static final Pattern TOMORROW = WORDS.words("tomorrow");
    private static final Pattern NEXT_WEEK = Pattern.compile(WORDS.list("next-week"), TimeWords.ANY_CASE);
    private static final Pattern LAST_WEEK = Pattern.compile(WORDS.list("last-week"), TimeWords.ANY_CASE);

    /**
     * The day an article without a date of its own is about, when its text fixes one: an anniversary of an
     * observance it names ("the 79th anniversary of the victory" is 9 May 2024). Null otherwise.
     */
    LocalDate anniversary(String text) {
        String s = DateParser.asciiDigits(text);
        for (TimeWords.Observance o : WORDS.observances()) {
            Matcher m = o.anniversary().matcher(s);
            if (m.find()) {
                return o.day().atYear(o.since() + Integer.parseInt(firstGroup(m)));
            }
        }
        return null;
    }

    /**
     * @param reference the article's date, null when unknown (then only explicit dates resolve)
     * @param future    the event is planned: a weekday or yearless date falls on or after the reference
     * @param observed  the event is an observance's ceremony, which a sentence naming the observance is dated by
     *                  (talks held "ahead of Victory Day" are not on Victory Day)
     */
    When resolve(String sentence, LocalDate reference, boolean future, boolean observed) {
        String s = DateParser.asciiDigits(sentence);
        int digit = firstDigit(s);
        When explicit = digit < 0 ? null : explicitDay(s, lowerCase(s), digit, reference, future);
        if (explicit != null) {
            return explicit;
        }
        for (TimeWords.Observance o : WORDS.observances()) {
            if (observed && o.name().matcher(s).find() && reference != null) {
                return new When(nearest(o.day(), reference, future), null, null, false, true);
            }
        }
        if (reference != null) {
            Matcher w = WEEKDAY.matcher(s);
            if (w.find()) {
                DayOfWeek d = WORDS.weekdays().get(firstGroup(w).toLowerCase(Locale.ROOT));
                LocalDate day = future ? reference.with(TemporalAdjusters.nextOrSame(d)) : reference.with(TemporalAdjusters.previousOrSame(d));
                return new When(day, null, null, false, false);
            }
            if (TOMORROW.matcher(s).find()) {
                return new When(reference.plusDays(1), null, null, false, false);
            }
            if (YESTERDAY.matcher(s).find()) {
                return new When(reference.minusDays(1), null, null, false, false);
            }
            if (NEXT_WEEK.matcher(s).find()) {
                LocalDate monday = reference.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
                return new When(monday, monday.plusDays(6), null, false, false);
            }
            if (LAST_WEEK.matcher(s).find()) {
                LocalDate monday = reference.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
                return new When(monday, monday.plusDays(6), null, false, false);
            }
            if (TODAY.matcher(s).find()) {
                return new When(reference, null, null, false, false);
            }
        }
        Matcher y = YEAR.matcher(s);
        if (digit >= 0 && y.find()) {
            return new When(null, null, Integer.parseInt(y.group(1)), true, false);
        }
        return When.UNKNOWN;
    }

    /** The offset of the first ASCII digit, -1 for none. */
    private static int firstDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return i;
            }
        }
        return -1;
    }

    /** Of a pattern with an alternative group per language (or wording), the one that matched. */
    private static String firstGroup(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        throw new IllegalStateException("no group of " + m.pattern() + " matched");
    }

    private static String lowerCase(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            c[i] = Character.toLowerCase(c[i]);
        }
        return new String(c);
    }

    /**
     * Only for a sentence with a number: every written day has one, most sentences have none, and trying each
     * language's month names at every word of every sentence was a sixth of event detection.
     *
     * @param lower the sentence lower-cased char by char (same offsets), for matching month names
     * @param digit the offset of the sentence's first digit
     */
    private static When explicitDay(String s, String lower, int digit, LocalDate reference, boolean future) {
        Matcher m = DAY_MONTH_YEAR.matcher(lower);
        if (m.find()) {
            When w = day(m.group(4), s.substring(m.start(3), m.end(3)), m.group(1), m.group(2), reference, future);
            if (w != null) {
                return w;
            }
        }
        // a month name before the day starts no further back than its length and a few spaces before the first digit
        m = MONTH_DAY_YEAR.matcher(lower).useTransparentBounds(true).useAnchoringBounds(false)
                .region(Math.max(0, digit - DateParser.LONGEST_MONTH - MONTH_GAP), lower.length());
        while (m.find()) {
            When w = day(m.group(4), s.substring(m.start(1), m.end(1)), m.group(2), m.group(3), reference, future);
            if (w != null) {
                return w;
            }
        }
        return null;
    }

    private static When day(String year, String monthName, String day, String lastDay, LocalDate reference, boolean future) {
        Integer month = DateParser.month(monthName);
        if (month == null || (monthName.length() <= 3 && year == null && !Character.isUpperCase(monthName.charAt(0))
                && monthName.chars().allMatch(c -> c < 128))) {
            // "may 5" in lower case is the verb more often than the month
            return null;
        }
        try {
            int d = Integer.parseInt(day);
            int last = lastDay == null ? -1 : Integer.parseInt(lastDay);
            if (year != null) {
                LocalDate date = LocalDate.of(Integer.parseInt(year), month, d);
                return new When(date, last > d ? date.withDayOfMonth(last) : null, null, true, false);
            }
            if (reference == null) {
                return null;
            }
            LocalDate date = nearest(MonthDay.of(month, d), reference, future);
            return new When(date, last > d ? date.withDayOfMonth(last) : null, null, true, false);
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** The day's occurrence nearest the reference, on the event's side of it when that is within a few days. */
    private static LocalDate nearest(MonthDay day, LocalDate reference, boolean future) {
        LocalDate best = null;
        long bestScore = Long.MAX_VALUE;
        for (int y = reference.getYear() - 1; y <= reference.getYear() + 1; y++) {
            LocalDate c = day.atYear(y);
            long score = Math.abs(c.toEpochDay() - reference.toEpochDay());
            if (future && c.isBefore(reference.minusDays(3))) {
                score += 400;
            }
            if (score < bestScore) {
                best = c;
                bestScore = score;
            }
        }
        return best;
    }
}
