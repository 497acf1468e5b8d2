package io.newsroom.enrich.extract;

/**
 * Repairs UTF-8 that was decoded as Latin-1 and encoded again ("youâ\u0080\u0099re" for "you’re"), a fault of the
 * page, not of our decoding. Only pages carrying C1 control characters are touched: those never belong in text, and
 * every such byte sequence is rewritten only when it decodes as valid UTF-8. Pure and thread-safe.
 */
final class Mojibake {

    private Mojibake() {
    }

    static String repair(String s) {
        if (!hasC1(s)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int continuations = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : 0;
            int decoded = continuations > 0 && i + continuations < s.length() ? decode(s, i, continuations) : -1;
            if (decoded >= 0) {
                out.appendCodePoint(decoded);
                i += continuations + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean hasC1(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 && c <= 0x9F) {
                return true;
            }
        }
        return false;
    }

    /** The code point the lead char and its continuations spell as UTF-8 bytes, or -1. */
    private static int decode(String s, int lead, int continuations) {
        int c = s.charAt(lead);
        int cp = c & (continuations == 1 ? 0x1F : continuations == 2 ? 0x0F : 0x07);
        for (int k = 1; k <= continuations; k++) {
            char next = s.charAt(lead + k);
            if (next < 0x80 || next > 0xBF) {
                return -1;
            }
            cp = cp << 6 | next & 0x3F;
        }
        int min = continuations == 1 ? 0x80 : continuations == 2 ? 0x800 : 0x10000;
        return cp >= min && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF) ? cp : -1;
    }
}
