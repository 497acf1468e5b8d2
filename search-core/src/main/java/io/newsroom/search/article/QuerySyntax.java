package io.newsroom.search.article;

import io.newsroom.search.BadRequestException;

/**
 * Checks query text in Elasticsearch's simple query syntax ({@code "phrase"}, {@code -exclude}, {@code a | b},
 * {@code (group)}, {@code prefix*}). Elasticsearch reads malformed text leniently and silently searches for
 * something else; a dashboard user is better told what is wrong. Pure.
 */
final class QuerySyntax {

    private QuerySyntax() {
    }

    /** @throws BadRequestException naming the mistake */
    static void check(String q) {
        boolean quoted = false;
        int depth = 0;
        boolean groupHasTerm = false;
        String pendingOperator = null;
        boolean anyTerm = false;
        for (int i = 0; i < q.length(); i++) {
            char c = q.charAt(i);
            if (c == '\\' && i + 1 < q.length()) {
                i++;
                anyTerm = true;
                pendingOperator = null;
                continue;
            }
            if (quoted) {
                if (c == '"') {
                    quoted = false;
                }
                continue;
            }
            switch (c) {
                case '"' -> {
                    quoted = true;
                    anyTerm = true;
                    groupHasTerm = true;
                    pendingOperator = null;
                }
                case '(' -> {
                    depth++;
                    groupHasTerm = false;
                }
                case ')' -> {
                    if (depth == 0) {
                        throw new BadRequestException("q has a ')' without its '(' at character " + (i + 1));
                    }
                    if (!groupHasTerm) {
                        throw new BadRequestException("q has an empty group '()' at character " + (i + 1));
                    }
                    if (pendingOperator != null) {
                        throw new BadRequestException("q has '" + pendingOperator + "' with nothing after it at character " + i);
                    }
                    depth--;
                }
                case '|', '+' -> {
                    if (!anyTerm) {
                        throw new BadRequestException("q starts with '" + c + "', which needs a term on each side");
                    }
                    if (pendingOperator != null) {
                        throw new BadRequestException("q has two operators in a row at character " + (i + 1));
                    }
                    pendingOperator = String.valueOf(c);
                }
                case '-' -> {
                    boolean prefix = i + 1 < q.length() && !Character.isWhitespace(q.charAt(i + 1));
                    boolean inWord = i > 0 && Character.isLetterOrDigit(q.charAt(i - 1));
                    if (!prefix && !inWord) {
                        throw new BadRequestException("q has a '-' with nothing after it at character " + (i + 1)
                                + " (write -word to exclude a word)");
                    }
                }
                default -> {
                    if (!Character.isWhitespace(c)) {
                        anyTerm = true;
                        groupHasTerm = true;
                        pendingOperator = null;
                    }
                }
            }
        }
        if (quoted) {
            throw new BadRequestException("q has an unclosed '\"': close the phrase");
        }
        if (depth > 0) {
            throw new BadRequestException("q has " + depth + " '(' without its ')'");
        }
        if (pendingOperator != null) {
            throw new BadRequestException("q ends with '" + pendingOperator + "', which needs a term after it");
        }
        if (!anyTerm) {
            throw new BadRequestException("q has no word to search for");
        }
    }
}
