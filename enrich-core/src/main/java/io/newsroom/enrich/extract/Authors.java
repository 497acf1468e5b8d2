package io.newsroom.enrich.extract;

import java.util.List;

/**
 * Who wrote an article, as its page says.
 *
 * @param people the authors' names, possibly empty
 * @param credit the agency, desk or body credited beside or instead of them ("Reuters", "Staff"), or null
 */
record Authors(List<String> people, String credit) {

    Authors {
        people = List.copyOf(people);
    }

    /** The people, or, where the page names none, the body it credits: the author a reader of the byline sees. */
    List<String> byline() {
        return people.isEmpty() && credit != null ? List.of(credit) : people;
    }
}
