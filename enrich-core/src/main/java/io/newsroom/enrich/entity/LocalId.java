package io.newsroom.enrich.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import io.newsroom.contracts.Entity;

/**
 * The identity of a name outside the gazetteer: {@code local:} + its type + a hash of the consonant skeletons of its
 * romanised words ({@link NameKeys#skeleton}), so that one person is one entity across articles and scripts (Edward
 * Snowden, Эдвард Сноуден and Эдварда Сноудена are all {@code dfrd|sndn}), while the id says nothing it cannot know;
 * an abbreviation in an organisation's or a place's name counts by its letters.
 * Pure; thread-safe.
 */
final class LocalId {

    private LocalId() {
    }

    /** @param romanised the name in Latin letters, Russian words in the nominative ({@link NameSpelling#romanised}) */
    static String of(EntityType type, String romanised, NameKeys keys) {
        StringBuilder key = new StringBuilder(type.name());
        for (String word : Tokenizer.words(romanised)) {
            String sk = keys.skeleton(word);
            // an organisation's or a place's abbreviation is its letters: AP and EPA share the consonant p
            boolean abbreviation = type != EntityType.PERSON && word.length() >= 2
                    && word.equals(word.toUpperCase(Locale.ROOT));
            key.append('|').append(sk.isEmpty() || abbreviation ? keys.folded(word) : sk);
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.UTF_8));
            return Entity.LOCAL_PREFIX + type.name().toLowerCase(Locale.ROOT) + "-" + HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
