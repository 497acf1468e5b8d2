package io.newsroom.enrich.extract;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.TimeZone;

import io.newsroom.enrich.extract.DateWord.Use;

/**
 * Dates as pages write them, machine or human: ISO-8601, RFC 1123, "8 May 2025 15:21", "May 4, 2024 10:30 PM EDT",
 * "4th, May 2024 GMT", "2024. május 4.", "04.01.2012", "2025.12.17", "2012年1月4日", "2024년 5월 4일", with the month names of every language that has
 * them ({@link MonthNames}, from {@code vocab/extract/<lang>/months.tsv}), the words of {@link DateWord}, the time
 * zones of {@link TimeZones}, Arabic-Indic and Persian digits, and the solar Hijri months of Persian dates ("۱۵
 * اردیبهشت ۱۴۰۳"), converted to the Gregorian calendar. A time keeps the offset the page gives (UTC when it gives
 * none); a date without a time is its day's start. Pure and thread-safe.
 */
public final class DateParser {

    private static final MonthNames GREGORIAN = new MonthNames("months");
    private static final MonthNames SOLAR_HIJRI = new MonthNames("solar-hijri-months");

    /** A regex group of every month name this parser knows, longest first. */
    public static final String MONTH = GREGORIAN.group();
    /** The length of the longest month name in {@link #MONTH}. */
    public static final int LONGEST_MONTH = GREGORIAN.forms().stream().mapToInt(String::length).max().orElse(0);
    private static final String TIME = "(?:(?:[,\\s]|\\s[-–|·•])+(?:" + Lexicon.anyOf(DateWord.all(Use.BEFORE_TIME)) + "\\s+)?"
            + "(?<h>\\d{1,2})[:.h](?<mi>\\d{2})(?::(?<s>\\d{2}))?(?:\\s*(?<half>[ap])\\.?m\\b\\.?)?"
            + "(?:\\s+" + Lexicon.anyOf(DateWord.all(Use.AFTER_TIME)) + "(?![\\p{L}]))?"
            + "(?:\\s*(?<zone>" + TimeZones.ZONE + "))?)?";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T\\s](\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:[.,]\\d+)?\\s*(Z|[+-]\\d{2}:?\\d{2})?)?");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<!\\d)(?<d>\\d{1,2})(?:" + Lexicon.anyOf(DateWord.all(Use.ORDINAL)) + "|\\.)?[,\\s.]+(?:"
                    + Lexicon.anyOf(DateWord.all(Use.DAY_MONTH)) + "\\s+)?" + MONTH + "\\.?[,\\s]+(?:"
                    + Lexicon.anyOf(DateWord.all(Use.MONTH_YEAR)) + "\\s+)?(?<y>\\d{4})" + TIME, FLAGS);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<![\\p{L}])" + Lexicon.startingWithOneOf(GREGORIAN.forms()) + MONTH + "\\.?\\s+(?<d>\\d{1,2})(?:"
                    + Lexicon.anyOf(DateWord.monthFirstOrdinals()) + ")?,?\\s+(?<y>\\d{4})" + TIME, FLAGS);
    /** Year first, as Hungarian writes it: "2024. május 4.". */
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile(
            "(?<!\\d)(?<y>\\d{4})\\.?\\s+" + MONTH + "\\.?\\s+(?<d>\\d{1,2})(?!\\d)\\.?" + TIME, FLAGS);
    private static final Pattern SOLAR_DAY_MONTH_YEAR = Pattern.compile(
            "(?<!\\d)(?<d>\\d{1,2})\\s+" + SOLAR_HIJRI.group() + "\\s+(?<y>1[34]\\d{2})" + TIME, FLAGS);
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d.])(?<a>\\d{1,2})(?<sep>[./])(?<b>\\d{1,2})\\k<sep>(?<y>\\d{4})(?![\\d.])" + TIME, FLAGS);
    private static final Pattern SLASHED_ISO = Pattern.compile("(?<![\\d.])(\\d{4})([/.])(\\d{1,2})\\2(\\d{1,2})(?![\\d/]|\\.\\d)");
    /** Chinese and Japanese (年 月 日) and Korean (년 월 일) dates. */
    private static final Pattern CJK = Pattern.compile(
            "(\\d{4})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日号일](?:\\s*(\\d{1,2})[:：](\\d{2}))?");
    private static final int FIRST_YEAR = 1990;

    private DateParser() {
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
            ZoneOffset offset = m.group(7) == null ? null : TimeZones.offset(m.group(7).equals("Z") ? "+00:00"
                    : m.group(7));
            return t != null && offset != null ? t.toLocalDateTime().atOffset(offset) : t;
        }
        m = CJK.matcher(s);
        if (m.find()) {
            return at(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), null);
        }
        m = DAY_MONTH_YEAR.matcher(s);
        if (m.find()) {
            return withTime(m, m.group("y"), GREGORIAN.month(m.group(2)), m.group("d"));
        }
        m = MONTH_DAY_YEAR.matcher(s);
        if (m.find()) {
            return withTime(m, m.group("y"), GREGORIAN.month(m.group(1)), m.group("d"));
        }
        m = YEAR_MONTH_DAY.matcher(s);
        if (m.find()) {
            return withTime(m, m.group("y"), GREGORIAN.month(m.group(2)), m.group("d"));
        }
        m = SOLAR_DAY_MONTH_YEAR.matcher(s);
        if (m.find()) {
            LocalDate day = fromSolarHijri(Integer.parseInt(m.group("y")), SOLAR_HIJRI.month(m.group(2)),
                    Integer.parseInt(m.group("d")));
            return day == null ? null : withTime(m, String.valueOf(day.getYear()), day.getMonthValue(),
                    String.valueOf(day.getDayOfMonth()));
        }
        m = SLASHED_ISO.matcher(s);
        if (m.find()) {
            return at(m.group(1), m.group(3), m.group(4), null, null, null);
        }
        m = NUMERIC.matcher(s);
        if (m.find()) {
            int a = Integer.parseInt(m.group("a"));
            int b = Integer.parseInt(m.group("b"));
            boolean df = m.group("sep").equals(".") || a > 12 || (b <= 12 && dayFirst);
            return withTime(m, m.group("y"), df ? b : a, String.valueOf(df ? a : b));
        }
        return null;
    }

    /** The day with the time, half-day and zone the pattern's {@link #TIME} groups found, if any. */
    private static OffsetDateTime withTime(Matcher m, String year, Integer month, String day) {
        if (month == null) {
            return null;
        }
        String hour = m.group("h");
        if (hour != null && m.group("half") != null) {
            int h = Integer.parseInt(hour) % 12;
            hour = String.valueOf(Character.toLowerCase(m.group("half").charAt(0)) == 'p' ? h + 12 : h);
        }
        OffsetDateTime t = at(year, String.valueOf(month), day, hour, m.group("mi"), m.group("s"));
        ZoneOffset offset = hour == null || m.group("zone") == null ? null : TimeZones.offset(m.group("zone"));
        return t != null && offset != null ? t.toLocalDateTime().atOffset(offset) : t;
    }

    /** The Gregorian day of a solar Hijri date, or null when it is none. */
    private static LocalDate fromSolarHijri(int year, Integer month, int day) {
        if (month == null || day < 1 || day > 31) {
            return null;
        }
        PersianCalendar calendar = new PersianCalendar(TimeZone.GMT_ZONE);
        calendar.clear();
        calendar.set(year, month - 1, day);
        return Instant.ofEpochMilli(calendar.getTimeInMillis()).atOffset(ZoneOffset.UTC).toLocalDate();
    }

    private static OffsetDateTime at(String y, String mo, String d, String h, String mi, String sec) {
        try {
            int year = Integer.parseInt(y);
            if (year < FIRST_YEAR || year > LocalDate.now(ZoneOffset.UTC).getYear() + 1) {
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
        return GREGORIAN.month(name);
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
