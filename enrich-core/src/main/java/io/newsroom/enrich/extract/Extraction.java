package io.newsroom.enrich.extract;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the extractor found in one page.
 *
 * @param title     the headline, empty when none was found
 * @param text      the main text, one paragraph per line, empty when none was found
 * @param lang      ISO 639-1 code, or "und"
 * @param published publication time with the offset the page gives (UTC when it gives none), null when unknown
 * @param modified  last modification time, null when the page does not say
 * @param authors   people's names, possibly empty
 * @param credit    the news agency, desk or body the byline credits beside or instead of people ("Reuters", "AP",
 *                  "Staff"), null when it credits none
 * @param page      what the page says about itself: description, image, canonical URL, site name
 */
public record Extraction(String title, String text, String lang, OffsetDateTime published, OffsetDateTime modified,
        List<String> authors, String credit, PageFacts page) {

    public Extraction {
        authors = List.copyOf(authors);
    }
}
