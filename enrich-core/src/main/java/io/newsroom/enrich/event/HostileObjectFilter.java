package io.newsroom.enrich.event;

/**
 * Drops a cooperation whose object is hostile: "prepared to resume shelling", "agreed to step up attacks". Stateless
 * and thread-safe.
 */
final class HostileObjectFilter implements Pass {

    @Override
    public boolean apply(Detection d) {
        return !d.trigger().type().equals("COOPERATION")
                || !d.language().hostileObject().in(d.text().substring(d.trigger().end()));
    }
}
