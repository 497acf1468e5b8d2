package io.newsroom.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Predicate;

/** Polls an HTTP endpoint until its answer satisfies a condition: how the launchers know a component is ready. */
public final class HttpWait {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private HttpWait() {
    }

    /**
     * @param process the component behind the endpoint, checked on every round so that a crash fails at once;
     *                null when there is none to watch
     * @return true when the condition held within the timeout
     */
    public static boolean until(String url, Predicate<HttpResponse<String>> ready, Duration timeout,
            ChildProcess process) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (process != null) {
                process.checkAlive();
            }
            try {
                if (ready.test(HTTP.send(request, HttpResponse.BodyHandlers.ofString()))) {
                    return true;
                }
            } catch (IOException notYet) {
                // not listening yet, or restarting
            }
            Thread.sleep(250);
        }
        return false;
    }
}
