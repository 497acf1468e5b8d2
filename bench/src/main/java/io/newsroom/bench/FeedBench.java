package io.newsroom.bench;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import io.newsroom.ingest.feed.FeedParser;

/**
 * Feed parsing speed, single-threaded: RSS 2.0 and Atom feeds of 50 items with titles, summaries, dates and
 * categories as news sites publish them, through ingest's parser (Rome, with its XML healer, items resolved to
 * absolute links with their hints), beside a bare secure DOM parse of the same bytes.
 */
final class FeedBench {

    private FeedBench() {
    }

    static void run(List<String> args) throws Exception {
        int rounds = 5;
        int feeds = 2000;
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--rounds" -> rounds = Integer.parseInt(args.get(++i));
                case "--feeds" -> feeds = Integer.parseInt(args.get(++i));
                default -> throw new IllegalArgumentException("unknown option " + args.get(i));
            }
        }
        List<byte[]> corpus = new ArrayList<>();
        for (int f = 0; f < 20; f++) {
            corpus.add((f % 2 == 0 ? rss(f) : atom(f)).getBytes(StandardCharsets.UTF_8));
        }
        FeedParser parser = new FeedParser();
        DocumentBuilderFactory dom = DocumentBuilderFactory.newInstance();
        dom.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        dom.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        dom.setNamespaceAware(true);
        int total = feeds;
        System.out.printf("%d feeds of 50 items (RSS 2.0 and Atom, %.1f KB each on average), %d rounds%n", feeds,
                corpus.stream().mapToInt(b -> b.length).average().orElse(0) / 1024, rounds);
        System.out.println("| round | engine | feeds/s | items/s |");
        System.out.println("|---|---|---|---|");
        for (int round = 0; round <= rounds; round++) {
            long t0 = System.nanoTime();
            long items = 0;
            for (int i = 0; i < total; i++) {
                items += parser.parse(corpus.get(i % corpus.size()), "https://news.example/feed").size();
            }
            double s = (System.nanoTime() - t0) / 1e9;
            long t1 = System.nanoTime();
            for (int i = 0; i < total; i++) {
                dom.newDocumentBuilder().parse(new ByteArrayInputStream(corpus.get(i % corpus.size())));
            }
            double d = (System.nanoTime() - t1) / 1e9;
            if (round == 0) {
                continue; // warm-up
            }
            System.out.printf("| %d | newsroom FeedParser (Rome 2.1) | %.0f | %.0f |%n", round, total / s, items / s);
            System.out.printf("| %d | bare DOM parse (JDK) | %.0f | |%n", round, total / d);
        }
    }

    private static final String[] WORDS = ("president minister talks visit summit agreement moscow beijing delegation "
            + "cooperation signed sanctions ceremony parade border trade energy security council foreign defence "
            + "economic partnership bilateral regional leaders meeting capital official statement").split(" ");

    private static String sentence(int seed, int words) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words; i++) {
            b.append(i == 0 ? "" : " ").append(WORDS[(seed * 31 + i * 17) % WORDS.length]);
        }
        return b.toString();
    }

    private static String rss(int f) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\" "
                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>News " + f + "</title>"
                + "<link>https://news.example/</link><description>World news</description><language>en</language>");
        for (int i = 0; i < 50; i++) {
            b.append("<item><title>").append(sentence(f * 50 + i, 9)).append("</title><link>/world/")
                    .append(f).append('-').append(i).append(".html?utm_source=rss</link><description><![CDATA[<p>")
                    .append(sentence(i, 40)).append("</p>]]></description><pubDate>Wed, 08 May 2024 ")
                    .append(10 + i % 12).append(":").append(10 + i % 50).append(":00 +0300</pubDate>")
                    .append("<category>World</category><category>Politics</category><dc:creator>A. Writer</dc:creator>")
                    .append("<guid isPermaLink=\"false\">urn:").append(f).append(':').append(i).append("</guid></item>");
        }
        return b.append("</channel></rss>").toString();
    }

    private static String atom(int f) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><feed "
                + "xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\"><title>News " + f + "</title><id>urn:feed:"
                + f + "</id><updated>2024-05-08T12:00:00Z</updated>");
        for (int i = 0; i < 50; i++) {
            b.append("<entry><title>").append(sentence(f * 50 + i, 9)).append("</title><id>urn:").append(f)
                    .append(':').append(i).append("</id><link href=\"https://news.example/world/").append(f).append('-')
                    .append(i).append("\"/><updated>2024-05-08T").append(10 + i % 12).append(":00:00Z</updated>")
                    .append("<published>2024-05-08T09:00:00Z</published><summary type=\"html\">")
                    .append(sentence(i, 40)).append("</summary><category term=\"World\"/><author><name>A. Writer")
                    .append("</name></author></entry>");
        }
        return b.append("</feed>").toString();
    }
}
