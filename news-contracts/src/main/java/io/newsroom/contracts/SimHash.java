package io.newsroom.contracts;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * 64-bit SimHash (Charikar) of a text's word 3-shingles: copies of one wire story on different sites (other
 * boilerplate trimmed, a headline changed, a line added) differ in a few bits, unrelated stories in about 32.
 * Pure and thread-safe.
 */
public final class SimHash {

    /**
     * Hamming distance up to which two texts are copies of one story. Web-crawl dedup uses 3, for whole pages; a
     * wire story republished with its own headline, dateline and sign-off measured 3 to 8 bits here (170 words;
     * longer stories move less), an own write-up of the same news 35, the five seed articles pairwise 24 to 40.
     */
    public static final int COPY_DISTANCE = 10;

    private SimHash() {
    }

    /** @return 16 lower-case hex digits, or null for a text without three words */
    public static String of(String text) {
        List<String> words = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty()).toList();
        int[] votes = new int[64];
        int shingles = 0;
        for (int i = 2; i < words.size(); i++) {
            long h = fnv1a64(words.get(i - 2) + ' ' + words.get(i - 1) + ' ' + words.get(i));
            for (int bit = 0; bit < 64; bit++) {
                votes[bit] += ((h >>> bit) & 1L) == 1L ? 1 : -1;
            }
            shingles++;
        }
        if (shingles == 0) {
            return null;
        }
        long hash = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (votes[bit] > 0) {
                hash |= 1L << bit;
            }
        }
        return HexFormat.of().toHexDigits(hash);
    }

    /**
     * The hash's eight bytes as keys ("0:3f" ... "7:a2"): two hashes at most 7 bits apart always share one (8 keys,
     * fewer differing bits than keys), and further apart copies usually do, so an index of these finds candidate
     * copies without comparing all.
     */
    public static List<String> bands(String hex) {
        List<String> out = new ArrayList<>(8);
        for (int i = 0; i < 8; i++) {
            out.add(i + ":" + hex.substring(2 * i, 2 * i + 2));
        }
        return out;
    }

    public static int distance(String hexA, String hexB) {
        return Long.bitCount(HexFormat.fromHexDigitsToLong(hexA) ^ HexFormat.fromHexDigitsToLong(hexB));
    }

    private static long fnv1a64(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= x & 0xff;
            h *= 0x100000001b3L;
        }
        // FNV's low bits mix poorly on short inputs; a final avalanche (from SplitMix64) spreads them
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }
}
