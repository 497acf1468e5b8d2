package io.newsroom.ingest.feed;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.xml.sax.InputSource;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;

import io.newsroom.contracts.ItemHints;

/**
 * Parses RSS 0.9x/2.0, Atom and RDF feeds with Rome. Rome refuses DOCTYPE declarations by default, so external
 * entities and entity-expansion bombs are never expanded. Relative item links are resolved against the feed's
 * address. Pure and thread-safe (a new Rome parser per call).
 */
public final class FeedParser {

    /** @throws InvalidFeedException when the bytes are not a feed Rome accepts */
    public List<FeedItem> parse(byte[] xml, String feedUrl) {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setXmlHealerOn(true);
            feed = input.build(new InputSource(new ByteArrayInputStream(xml)));
        } catch (FeedException | IllegalArgumentException e) {
            throw new InvalidFeedException("not a readable feed at " + feedUrl + ": " + e.getMessage(), e);
        }
        URI base = URI.create(feedUrl);
        List<FeedItem> items = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            String link = entry.getLink() != null ? entry.getLink() : entry.getUri();
            if (link == null || link.isBlank()) {
                continue;
            }
            String resolved;
            try {
                resolved = base.resolve(link.trim()).toString();
            } catch (IllegalArgumentException badLink) {
                continue;
            }
            List<String> categories = entry.getCategories().stream().map(SyndCategory::getName)
                    .filter(n -> n != null && !n.isBlank()).toList();
            Instant published = entry.getPublishedDate() == null ? null : entry.getPublishedDate().toInstant();
            Instant updated = entry.getUpdatedDate() == null ? null : entry.getUpdatedDate().toInstant();
            items.add(new FeedItem(resolved, new ItemHints(
                    entry.getTitle() == null ? null : entry.getTitle().trim(),
                    published != null ? published : updated,
                    feed.getLanguage(),
                    categories), updated != null ? updated : published));
        }
        return items;
    }
}
