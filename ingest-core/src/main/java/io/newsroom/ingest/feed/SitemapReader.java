package io.newsroom.ingest.feed;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import io.newsroom.contracts.ItemHints;

/**
 * Sitemaps and sitemap indexes (crawler-commons, lenient), with Google News extensions: a news entry's title,
 * publication date, language and keywords travel with its URL. Pure; a new parser per call (not thread-safe).
 */
public final class SitemapReader {

    /** Either the pages of a sitemap, or the child sitemaps of an index, newest first. */
    public record Contents(List<FeedItem> items, List<String> childSitemaps) {
    }

    /** @throws InvalidFeedException when the bytes are not a sitemap */
    public Contents read(byte[] bytes, String contentType, String sitemapUrl) {
        SiteMapParser parser = new SiteMapParser(false);
        parser.enableExtension(Extension.NEWS);
        AbstractSiteMap map;
        try {
            map = parser.parseSiteMap(contentType == null || contentType.isBlank() ? "text/xml" : contentType, bytes,
                    new URL(sitemapUrl));
        } catch (UnknownFormatException | IOException | RuntimeException e) {
            throw new InvalidFeedException("not a readable sitemap at " + sitemapUrl + ": " + e.getMessage(), e);
        }
        if (map instanceof SiteMapIndex index) {
            List<AbstractSiteMap> children = new ArrayList<>(index.getSitemaps());
            children.sort(Comparator.comparing(AbstractSiteMap::getLastModified,
                    Comparator.nullsLast(Comparator.<Date>naturalOrder().reversed())));
            return new Contents(List.of(), children.stream().map(c -> c.getUrl().toString()).toList());
        }
        List<FeedItem> items = new ArrayList<>();
        for (SiteMapURL u : ((SiteMap) map).getSiteMapUrls()) {
            items.add(new FeedItem(u.getUrl().toString(), hints(u),
                    u.getLastModified() == null ? null : u.getLastModified().toInstant()));
        }
        return new Contents(items, List.of());
    }

    private static ItemHints hints(SiteMapURL u) {
        ExtensionMetadata[] news = u.getAttributesForExtension(Extension.NEWS);
        if (news != null && news.length > 0 && news[0] instanceof NewsAttributes n) {
            return new ItemHints(n.getTitle(),
                    n.getPublicationDateTime() != null ? n.getPublicationDateTime().toInstant()
                            : u.getLastModified() != null ? u.getLastModified().toInstant() : null,
                    n.getLanguage(), n.getKeywords() == null ? List.of() : Arrays.asList(n.getKeywords()));
        }
        return new ItemHints(null, u.getLastModified() == null ? null : u.getLastModified().toInstant(), null, List.of());
    }
}
