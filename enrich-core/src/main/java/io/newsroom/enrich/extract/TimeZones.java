package io.newsroom.enrich.extract;

import java.time.DateTimeException;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time zones as pages print them after a time: an abbreviation ({@code vocab/extract/mul/time-zones.tsv}: "EDT",
 * "MSK"), or an offset from GMT or UTC ("GMT+3", "UTC+05:30", "+0300"). Pure and thread-safe.
 */
final class TimeZones {

    private static final Map<String, ZoneOffset> ABBREVIATIONS = new HashMap<>();

    static {
        for (var row : Lexicon.read("time-zones", row -> row)) {
            try {
                ABBREVIATIONS.put(row.get("abbreviation").toUpperCase(Locale.ROOT), ZoneOffset.of(row.get("offset")));
            } catch (DateTimeException bad) {
                throw new IllegalStateException(row.resource() + " line " + row.line() + ": no offset: "
                        + row.get("offset"), bad);
            }
        }
    }

    /** A regex (no group of its own) matching a zone as pages print it. */
    static final String ZONE = "(?:(?:GMT|UTC)\\s*[+-]\\d{1,2}(?::?\\d{2})?|[+-]\\d{2}:?\\d{2}|"
            + "(?-i:" + Lexicon.anyOf(ABBREVIATIONS.keySet()) + "))(?![\\p{L}\\d])";
    private static final Pattern OFFSET = Pattern.compile("(?:GMT|UTC)?\\s*([+-])(\\d{1,2})(?::?(\\d{2}))?");

    private TimeZones() {
    }

    /** The offset a zone matched by {@link #ZONE} stands for, or null when it names none. */
    static ZoneOffset offset(String zone) {
        ZoneOffset named = ABBREVIATIONS.get(zone.strip().toUpperCase(Locale.ROOT));
        if (named != null) {
            return named;
        }
        Matcher m = OFFSET.matcher(zone.strip());
        if (!m.matches()) {
            return null;
        }
        try {
            int hours = Integer.parseInt(m.group(2));
            int minutes = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            int sign = m.group(1).equals("-") ? -1 : 1;
            return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
        } catch (DateTimeException outOfRange) {
            return null;
        }
    }
}
