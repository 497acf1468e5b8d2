package io.newsroom.enrich.event;

/**
 * A sentence as the {@link Lexicon} reads it: lower case (char by char, so offsets map back one to one), Arabic without diacritics and tatweel, its alef forms
 * as bare alef and alef maqsura as yaa, Russian ё as е; with a map back to the original offsets. Pure.
 */
final class TextNormalizer {

    /** The normalised text and, for each of its characters, the offset of the original one. */
    record Normalized(String text, int[] origin) {

        int originalOffset(int normalizedOffset, int originalLength) {
            return normalizedOffset >= origin.length ? originalLength : origin[normalizedOffset];
        }
    }

    private TextNormalizer() {
    }

    static Normalized normalize(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int[] origin = new int[s.length()];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u0640' || (c >= '\u064B' && c <= '\u0652') || c == '\u0670') {
                continue;
            }
            char n = switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
                case 'ى' -> 'ي';
                case 'ё', 'Ё' -> 'е';
                case '’', 'ʼ' -> '\'';
                default -> c;
            };
            origin[out.length()] = i;
            out.append(Character.toLowerCase(n));
        }
        int[] map = new int[out.length()];
        System.arraycopy(origin, 0, map, 0, out.length());
        return new Normalized(out.toString(), map);
    }
}
