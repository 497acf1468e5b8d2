package io.newsroom.ingest.seen;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The fingerprint that decides whether a refetched page is a new revision: SHA-256 of the page's text outside tags,
 * with whitespace collapsed. Markup, comments, scripts, styles and attributes (ad slots, nonces, tracking ids that
 * change on every request) do not count; a changed sentence does. One pass over the characters instead of a DOM: the
 * full parse it replaces was half of the ingest service's CPU, and the hash needs no tree, only what lies between
 * tags. Pure and thread-safe.
 */
public final class ContentHash {

    /** Elements whose content is not text a reader sees. */
    private static final String[] RAW = {"script", "style", "noscript", "template"};

    private ContentHash() {
    }

    public static String of(String html) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(visibleText(html).getBytes(StandardCharsets.UTF_8));
            // 128 bits: collisions among billions of pages are out of reach, and the seen state stays small
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    static String visibleText(String html) {
        StringBuilder out = new StringBuilder(html.length() / 4);
        int n = html.length();
        int i = 0;
        boolean space = true;
        while (i < n) {
            char c = html.charAt(i);
            if (c == '<' && i + 1 < n && startsMarkup(html.charAt(i + 1))) {
                i = skipMarkup(html, i);
                if (!space) {
                    out.append(' ');
                    space = true;
                }
            } else if (Character.isWhitespace(c) || c == '\u00a0') {
                if (!space) {
                    out.append(' ');
                    space = true;
                }
                i++;
            } else {
                out.append(c);
                space = false;
                i++;
            }
        }
        int end = out.length();
        return space && end > 0 ? out.substring(0, end - 1) : out.toString();
    }

    private static boolean startsMarkup(char next) {
        return next == '/' || next == '!' || next == '?' || Character.isLetter(next);
    }

    /** The index just past the tag, comment or raw-text element that starts at {@code at}. */
    private static int skipMarkup(String html, int at) {
        if (html.startsWith("<!--", at)) {
            int close = html.indexOf("-->", at + 4);
            return close < 0 ? html.length() : close + 3;
        }
        int close = html.indexOf('>', at);
        if (close < 0) {
            return html.length();
        }
        for (String raw : RAW) {
            if (html.regionMatches(true, at + 1, raw, 0, raw.length()) && at + 1 + raw.length() < html.length()
                    && !Character.isLetterOrDigit(html.charAt(at + 1 + raw.length()))) {
                int end = indexOfIgnoreCase(html, "</" + raw, close);
                if (end < 0) {
                    return html.length();
                }
                int endClose = html.indexOf('>', end);
                return endClose < 0 ? html.length() : endClose + 1;
            }
        }
        return close + 1;
    }

    private static int indexOfIgnoreCase(String s, String needle, int from) {
        for (int i = s.indexOf('<', from); i >= 0; i = s.indexOf('<', i + 1)) {
            if (s.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }
}
