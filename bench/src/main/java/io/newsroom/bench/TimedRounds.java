package io.newsroom.bench;

import java.util.Arrays;
import java.util.function.IntToLongFunction;

/**
 * Times one operation round after round, single-threaded, after one warm-up round, and prints a Markdown table of
 * operations/s, items/s (what each operation returns a count of), p50 and p99.
 */
final class TimedRounds {

    private TimedRounds() {
    }

    /** @param work operation number i; returns how many items it produced */
    static void run(int rounds, int perRound, String operations, String items, IntToLongFunction work) {
        System.out.printf("| round | %s/s | %s/s | p50 ms | p99 ms |%n", operations, items);
        System.out.println("|---|---|---|---|---|");
        for (int round = 0; round <= rounds; round++) {
            long[] times = new long[perRound];
            long produced = 0;
            long start = System.nanoTime();
            for (int i = 0; i < perRound; i++) {
                long s = System.nanoTime();
                produced += work.applyAsLong(i);
                times[i] = System.nanoTime() - s;
            }
            double secs = (System.nanoTime() - start) / 1e9;
            Arrays.sort(times);
            if (round == 0) {
                continue; // warm-up
            }
            System.out.printf("| %d | %.0f | %.0f | %.2f | %.2f |%n", round, perRound / secs, produced / secs,
                    times[perRound / 2] / 1e6, times[perRound * 99 / 100] / 1e6);
        }
    }
}
