package io.newsroom.cli.up;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newsroom.localstack.HttpWait;

/** Polls a search URL of the query API until its {@code total} reaches a number. */
public final class SearchProbe {

    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");

    private SearchProbe() {
    }

    /** @return true when the total reached {@code atLeast} within the timeout */
    public static boolean awaitTotal(String url, long atLeast, Duration timeout) throws InterruptedException {
        return HttpWait.until(url, r -> {
            Matcher m = TOTAL.matcher(r.body());
            return r.statusCode() == 200 && m.find() && Long.parseLong(m.group(1)) >= atLeast;
        }, timeout, null);
    }
}
