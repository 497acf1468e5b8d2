package io.newsroom.enrich.extract;

/**
 * White space (no-break spaces included) collapsed to single spaces and trimmed, and the invisible zero-width space
 * and soft hyphen dropped (as jsoup's normalised text drops them), without a regex. Pure.
 */
final class Whitespace {

    private static final char ZERO_WIDTH_SPACE = '\u200b';
    private static final char SOFT_HYPHEN = '\u00ad';

    private Whitespace() {
    }

    static String collapse(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ZERO_WIDTH_SPACE || c == SOFT_HYPHEN) {
                continue;
            }
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
