package io.newsroom.cli.up;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Polls a search URL of the query API until its {@code total} reaches a number. */
public final class SearchProbe {

    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");

    private SearchProbe() {
    }

    /** @return true when the total reached {@code atLeast} within the timeout */
    public static boolean awaitTotal(String url, long atLeast, Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                Matcher m = TOTAL.matcher(r.body());
                if (r.statusCode() == 200 && m.find() && Long.parseLong(m.group(1)) >= atLeast) {
                    return true;
                }
            } catch (IOException notYet) {
                // the service is restarting or busy: keep polling
            }
            Thread.sleep(500);
        }
        return false;
    }
}
