package io.newsroom.enrich.extract;

/**
 * What a page declares about itself in its metadata; each may be null.
 *
 * @param description  the summary (OpenGraph, meta description, JSON-LD)
 * @param imageUrl     the main image, absolute
 * @param canonicalUrl the URL the page calls canonical, absolute
 * @param siteName     the publication's name
 */
public record PageFacts(String description, String imageUrl, String canonicalUrl, String siteName) {

    public static PageFacts none() {
        return new PageFacts(null, null, null, null);
    }
}
