package io.newsroom.enrich.event;

import java.time.LocalDate;

/**
 * What a sentence says about when: a day (with the last day of a range), or only a year, with whether the words
 * named it outright ("7 June 2023") or it was worked out from the article's date ("on Wednesday").
 *
 * @param date     the day, null when the sentence gives none that can be resolved
 * @param end      the range's last day, else null
 * @param year     a year the sentence names without a day ("in 2017"), else null
 * @param explicit the day or year is written in the sentence
 * @param named    the day is a named observance ("Victory Day")
 */
record When(LocalDate date, LocalDate end, Integer year, boolean explicit, boolean named) {

    static final When UNKNOWN = new When(null, null, null, false, false);
}
