package io.newsroom.enrich.entity;

/** The writing system of a token, which decides how it is normalised and transliterated. */
enum Script {
    LATIN, CYRILLIC, ARABIC, OTHER;

    static Script of(CharSequence token) {
        for (int i = 0; i < token.length(); i++) {
            Character.UnicodeScript s = Character.UnicodeScript.of(token.charAt(i));
            switch (s) {
                case LATIN:
                    return LATIN;
                case CYRILLIC:
                    return CYRILLIC;
                case ARABIC:
                    return ARABIC;
                case COMMON:
                case INHERITED:
                    continue;
                default:
                    return OTHER;
            }
        }
        return OTHER;
    }
}
