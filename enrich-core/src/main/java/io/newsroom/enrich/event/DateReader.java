package io.newsroom.enrich.event;

import java.time.LocalDate;

/**
 * Dates a trigger by its sentence ({@link TemporalResolver}): a date written there, or one worked out from the
 * article's ("on Wednesday", "yesterday"); an observance's ceremony by the observance it names. A trigger whose date,
 * named outright, lies after the article's is planned; an occurred one its sentence does not date took place on the
 * article's date. Thread-safe.
 */
final class DateReader implements Pass {

    private final TemporalResolver time;

    DateReader(TemporalResolver time) {
        this.time = time;
    }

    @Override
    public boolean apply(Detection d) {
        LocalDate reference = d.reference();
        When when = time.resolve(d.sentence().text(), reference, d.planned(), d.trigger().type().equals("CEREMONY"));
        if (!d.planned() && (when.explicit() || when.named()) && when.date() != null && reference != null
                && when.date().isAfter(reference)) {
            d.planned(true);
        }
        if (when.date() == null && when.year() == null && !d.planned()) {
            when = new When(reference, null, null, false, false);
        }
        d.when(when);
        return true;
    }
}
