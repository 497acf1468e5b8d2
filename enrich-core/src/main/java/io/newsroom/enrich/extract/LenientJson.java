package io.newsroom.enrich.extract;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON as pages ship it in their JSON-LD when a strict parser gives up: quotes left unescaped inside a string (a
 * quoted phrase in a headline, a link's {@code href} in an author's name), a stray character after a value
 * ({@code "2023-06-14".,}), trailing or missing commas, raw control characters, single quotes, bare words. The
 * reading is a best guess: a quote ends a string only where a comma, a colon, a closing brace or bracket (or the end)
 * follows it, stray punctuation aside; what cannot be a value is skipped up to the next comma or closing bracket.
 * Objects and arrays nest at most {@value #MAX_DEPTH} deep, so a hostile page cannot exhaust the stack. Not
 * thread-safe; one per text.
 */
final class LenientJson {

    private static final int MAX_DEPTH = 64;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String s;
    private int i;

    private LenientJson(String s) {
        this.s = s;
    }

    /** The first value of the text (an object or an array, as JSON-LD is), or null when it holds none. */
    static JsonNode parse(String text) {
        LenientJson json = new LenientJson(text);
        json.skipSpace();
        if (json.i >= text.length() || (json.peek() != '{' && json.peek() != '[')) {
            return null;
        }
        return json.value(0);
    }

    private JsonNode value(int depth) {
        skipSpace();
        if (i >= s.length()) {
            return NODES.nullNode();
        }
        char c = s.charAt(i);
        if (c == '{' || c == '[') {
            return depth >= MAX_DEPTH ? skipNested() : c == '{' ? object(depth + 1) : array(depth + 1);
        }
        if (c == '"' || c == '\'') {
            return NODES.stringNode(string());
        }
        return literal();
    }

    private ObjectNode object(int depth) {
        ObjectNode o = NODES.objectNode();
        i++;
        while (true) {
            skipSpaceAndCommas();
            if (i >= s.length()) {
                return o;
            }
            char c = s.charAt(i);
            if (c == '}') {
                i++;
                return o;
            }
            if (c == ']') {
                // a bracket where a brace belongs: the object ends, the bracket is the enclosing array's
                return o;
            }
            String key = c == '"' || c == '\'' ? string() : bareWord();
            skipSpace();
            if (i < s.length() && s.charAt(i) == ':') {
                i++;
                o.set(key, value(depth));
            } else if (key.isEmpty()) {
                // neither a key nor a value: one character of rubbish
                i++;
            }
            skipRubbish();
        }
    }

    private ArrayNode array(int depth) {
        ArrayNode a = NODES.arrayNode();
        i++;
        while (true) {
            skipSpaceAndCommas();
            if (i >= s.length()) {
                return a;
            }
            char c = s.charAt(i);
            if (c == ']') {
                i++;
                return a;
            }
            if (c == '}') {
                return a;
            }
            int before = i;
            a.add(value(depth));
            skipRubbish();
            if (i == before) {
                i++;
            }
        }
    }

    /** A string from its opening quote: it ends at a matching quote that a delimiter (or the end) follows. */
    private String string() {
        char quote = s.charAt(i++);
        StringBuilder out = new StringBuilder();
        while (i < s.length()) {
            char c = s.charAt(i++);
            if (c == '\\' && i < s.length()) {
                escape(out);
            } else if (c == quote && endsString()) {
                return out.toString();
            } else {
                out.append(c < ' ' ? ' ' : c);
            }
        }
        return out.toString();
    }

    private void escape(StringBuilder out) {
        char e = s.charAt(i++);
        switch (e) {
            case 'n', 'r', 't', 'b', 'f' -> out.append(' ');
            case 'u' -> {
                if (i + 4 <= s.length()) {
                    try {
                        out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                        return;
                    } catch (NumberFormatException notHex) {
                        // a lone backslash-u: kept as written
                    }
                }
                out.append('u');
            }
            default -> out.append(e);
        }
    }

    /**
     * Whether the quote just read ends the string: what follows it, stray punctuation and spaces aside, is a
     * delimiter or the end ({@code "2023-06-14".,} ends; {@code "no". More} does not).
     */
    private boolean endsString() {
        int j = i;
        while (j < s.length() && stray(s.charAt(j))) {
            j++;
        }
        while (j < s.length() && Character.isWhitespace(s.charAt(j))) {
            j++;
        }
        if (j >= s.length()) {
            return true;
        }
        char c = s.charAt(j);
        return c == ',' || c == ':' || c == '}' || c == ']';
    }

    private static boolean stray(char c) {
        return !Character.isLetterOrDigit(c) && !Character.isWhitespace(c) && ",:}]\"'".indexOf(c) < 0;
    }

    /** A number, true, false, null or a bare word, up to the next delimiter. */
    private JsonNode literal() {
        String word = bareWord().strip();
        switch (word) {
            case "true" -> {
                return NODES.booleanNode(true);
            }
            case "false" -> {
                return NODES.booleanNode(false);
            }
            case "null", "" -> {
                return NODES.nullNode();
            }
            default -> {
                try {
                    return NODES.numberNode(Double.parseDouble(word));
                } catch (NumberFormatException notANumber) {
                    return NODES.stringNode(word);
                }
            }
        }
    }

    private String bareWord() {
        int start = i;
        while (i < s.length() && ",:{}[]\"".indexOf(s.charAt(i)) < 0) {
            i++;
        }
        return s.substring(start, i);
    }

    /** What stands after a value before its comma or closing bracket: a stray dot, a second quote. */
    private void skipRubbish() {
        while (i < s.length() && ",}]".indexOf(s.charAt(i)) < 0 && s.charAt(i) != '"'
                && s.charAt(i) != '{' && s.charAt(i) != '[') {
            i++;
        }
    }

    /** An object or array past the depth limit, skipped to its end as a null. */
    private JsonNode skipNested() {
        int depth = 0;
        boolean inString = false;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (inString) {
                inString = c != '"' || s.charAt(i - 1) == '\\';
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if ((c == '}' || c == ']') && --depth == 0) {
                i++;
                break;
            }
        }
        return NODES.nullNode();
    }

    private char peek() {
        return s.charAt(i);
    }

    private void skipSpace() {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
    }

    private void skipSpaceAndCommas() {
        while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == ',')) {
            i++;
        }
    }
}
