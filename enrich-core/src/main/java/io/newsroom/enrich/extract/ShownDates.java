package io.newsroom.enrich.extract;

import java.time.OffsetDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates the page shows under its headline ({@link DateExtractor#textAfter}, one line per text node): the first
 * that no update label introduces is the publication date, the first that one does ("Updated", "Mis à jour",
 * "Обновлено", {@code vocab/extract/<lang>/dates.tsv}) the modification date. A label stands on the date's line or on
 * the line before it, as when it sits in an element of its own. Pure and thread-safe.
 *
 * @param published the publication date shown, or null
 * @param modified  the modification date shown, or null
 */
record ShownDates(OffsetDateTime published, OffsetDateTime modified) {

    private static final ShownDates NONE = new ShownDates(null, null);
    private static final Pattern UPDATE_LABEL = Pattern.compile("(?:^|[^\\p{L}])"
            + Lexicon.anyOf(DateWord.all(DateWord.Use.UPDATE_LABEL)) + "(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PUBLISH_LABEL = Pattern.compile("(?:^|[^\\p{L}])"
            + Lexicon.anyOf(DateWord.all(DateWord.Use.LABEL)) + "(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    /**
     * The most words a line showing the article's date holds: a byline ("By Jane Doe, Associated Press, updated 10:32
     * AM EDT September 3, 2024") has a few, while a date inside a paragraph or a photo caption ("on 9 June 2024 ...",
     * "This combination of photos shows ... on Aug. 7, 2024") is another event's.
     */
    private static final int MAX_WORDS = 12;
    /** A longer line may open with a dateline ("Feb. 23, 2015 -- Life-threatening allergies ..."): its first words. */
    private static final int DATELINE_WORDS = 8;

    /** @param afterHeadline the text under the headline, or null */
    static ShownDates in(String afterHeadline, boolean dayFirst) {
        if (afterHeadline == null || !DateParser.hasYear(DateParser.asciiDigits(afterHeadline))) {
            return NONE;
        }
        OffsetDateTime modified = null;
        boolean updatedBefore = false;
        for (String line : afterHeadline.split("\n")) {
            Matcher update = UPDATE_LABEL.matcher(line);
            Matcher publish = PUBLISH_LABEL.matcher(line);
            boolean updating = update.find();
            boolean publishing = publish.find();
            OffsetDateTime t = DateParser.parse(opening(line), dayFirst);
            if (t != null) {
                if (updating && publishing && update.start() < publish.start()) {
                    // "Updated 5 May · Published 1 May": the line's first date is the update's
                    modified = modified == null ? t : modified;
                    OffsetDateTime first = DateParser.parse(line.substring(publish.start()), dayFirst);
                    if (first != null) {
                        return new ShownDates(first, modified);
                    }
                } else if (updating && !publishing || updatedBefore && !publishing) {
                    modified = modified == null ? t : modified;
                } else {
                    return new ShownDates(t, modified);
                }
            }
            // a label in an element of its own stands on the line before its date
            updatedBefore = t == null && updating && !publishing;
        }
        return new ShownDates(null, modified);
    }

    /** The line, or the dateline a line of running text may open with. */
    private static String opening(String line) {
        Matcher words = WORD.matcher(line);
        int n = 0;
        while (words.find()) {
            if (++n > MAX_WORDS) {
                words.reset();
                for (int i = 0; i <= DATELINE_WORDS; i++) {
                    words.find();
                }
                return line.substring(0, words.start());
            }
        }
        return line;
    }
}
