package io.newsroom.enrich.event;

import java.time.LocalDate;

/**
 * Drops a trigger whose sentence tells background, not news: a year before the article's ("signed a treaty in
 * 2017"; in an undated article, a year after a past perfect: "had signed"), or a date well before it. Stateless and
 * thread-safe.
 */
final class BackgroundFilter implements Pass {

    /** An explicit date this long before the article's is background, not news. */
    private static final int BACKGROUND_DAYS = 60;

    @Override
    public boolean apply(Detection d) {
        When when = d.when();
        LocalDate reference = d.reference();
        if (when.year() != null) {
            if (reference != null) {
                return when.year() >= reference.getYear();
            }
            return !d.language().pastPerfect().in(d.text().substring(0, d.trigger().start()));
        }
        return !(when.explicit() && when.date() != null && reference != null
                && when.date().isBefore(reference.minusDays(BACKGROUND_DAYS)));
    }
}
