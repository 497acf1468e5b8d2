package io.newsroom.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Per-call latencies of a list of calls made by concurrent clients, each client taking every clients-th call. */
final class Latencies {

    /** One timed call. */
    interface Call {
        void run() throws Exception;
    }

    private final long[] nanos;
    private final long wall;

    private Latencies(long[] nanos, long wall) {
        this.nanos = nanos;
        this.wall = wall;
    }

    static Latencies measure(List<? extends Call> calls, int clients) throws Exception {
        long[] times = new long[calls.size()];
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                done.add(pool.submit(() -> {
                    for (int i = client; i < calls.size(); i += clients) {
                        long s = System.nanoTime();
                        calls.get(i).run();
                        times[i] = System.nanoTime() - s;
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        long wall = System.nanoTime() - start;
        Arrays.sort(times);
        return new Latencies(times, wall);
    }

    int count() {
        return nanos.length;
    }

    double perSecond() {
        return nanos.length / (wall / 1e9);
    }

    /** @param q 0.5 for the median, 0.95, 0.99 */
    double ms(double q) {
        return nanos[Math.min(nanos.length - 1, (int) (nanos.length * q))] / 1e6;
    }

    double maxMs() {
        return nanos[nanos.length - 1] / 1e6;
    }
}
