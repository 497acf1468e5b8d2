package io.newsroom.web;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * How secrets are shown where they must be mentioned at all (responses, logs, {@code toString} of settings): a key
 * as whether it is set, a URL as its scheme, host and port only, since webhook URLs often carry their token in the
 * path or query. Stateless.
 */
public final class Secrets {

    /** What stands for a hidden value. */
    public static final String HIDDEN = "***";

    private Secrets() {
    }

    /** {@value #HIDDEN} for a set value, "none" for a null or blank one. */
    public static String mask(String secret) {
        return secret == null || secret.isBlank() ? "none" : HIDDEN;
    }

    /**
     * The URL with only its scheme, host and port, the rest (user info, path, query, fragment) as "...":
     * {@code https://hooks.example.com/services/T0/B0/xyz} is {@code https://hooks.example.com/...}. Null stays null;
     * what is not a URL with a host is hidden whole.
     */
    public static String redactUrl(String url) {
        if (url == null) {
            return null;
        }
        try {
            URI u = new URI(url.strip());
            if (u.getScheme() == null || u.getHost() == null) {
                return HIDDEN;
            }
            return u.getScheme() + "://" + u.getHost() + (u.getPort() < 0 ? "" : ":" + u.getPort()) + "/...";
        } catch (URISyntaxException e) {
            return HIDDEN;
        }
    }
}
