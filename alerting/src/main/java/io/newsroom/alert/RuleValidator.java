package io.newsroom.alert;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import io.newsroom.contracts.Event;
import io.newsroom.contracts.InternalAddresses;
import io.newsroom.search.BadRequestException;
import io.newsroom.search.article.ArticleParams;
import io.newsroom.search.article.ArticleQuery;
import io.newsroom.search.article.ArticleQueryParser;
import io.newsroom.search.event.EventQueryParser;

/**
 * Turns a client's rule into a stored one, or a 400 that names what is wrong. An article rule's query and filters
 * are checked by the article search's own parser, so a rule accepts exactly what a search accepts. Pure.
 */
final class RuleValidator {

    static final int MAX_WEBHOOKS = 5;
    static final int MAX_PER_HOUR = 100_000;

    /** An address written out in a URL: dotted IPv4 or bracketed IPv6 (resolving it needs no DNS). */
    private static final Pattern IP_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|\\[[0-9a-fA-F:.]+]");

    private final ArticleQueryParser parser = new ArticleQueryParser();
    private final Set<String> allowedHosts;
    private final Function<String, Optional<String>> countries;

    /**
     * @param allowedHosts webhook hosts allowed although internal, lower case (as the dispatcher allows them)
     * @param countries    the country id of an ISO 3166 alpha-3 code, which an EVENTS rule's parties may be given as
     */
    RuleValidator(Collection<String> allowedHosts, Function<String, Optional<String>> countries) {
        this.allowedHosts = Set.copyOf(allowedHosts);
        this.countries = countries;
    }

    /**
     * @param id       the rule's id
     * @param previous the rule it replaces, null for a new one
     */
    AlertRule toRule(String id, RuleRequest r, AlertRule previous, Instant now) {
        if (r == null) {
            throw new BadRequestException("a rule is a JSON object, such as {\"name\": \"Lavrov\", \"query\": \"Lavrov\"}");
        }
        String name = blankToNull(r.name());
        if (name == null || name.length() > 200) {
            throw new BadRequestException("name is required, at most 200 characters");
        }
        String kind = blankToNull(r.kind()) == null ? AlertRule.ARTICLES : r.kind().strip().toUpperCase(Locale.ROOT);
        int maxPerHour = r.maxPerHour() == null ? 0 : r.maxPerHour();
        if (maxPerHour < 0 || maxPerHour > MAX_PER_HOUR) {
            throw new BadRequestException("maxPerHour must be 0 (no limit) to " + MAX_PER_HOUR + ", was " + maxPerHour);
        }
        List<String> webhooks = webhooks(r.webhooks());
        boolean muted = Boolean.TRUE.equals(r.muted());
        Instant created = previous == null ? now : previous.createdAt();
        switch (kind) {
            case AlertRule.ARTICLES -> {
                if (r.actor() != null || r.sourceActor() != null || r.targetActor() != null || r.notifyStatusChange() != null
                        || r.plover() != null || r.quad() != null) {
                    throw new BadRequestException("actor, sourceActor, targetActor, plover, quad and notifyStatusChange belong "
                            + "to EVENTS rules; an ARTICLES rule filters by entity, entityType, country, eventType, lang and source");
                }
                ArticleQuery q = parser.parse(new ArticleParams(r.query(), r.lang(), null, null, null, null, r.entity(),
                        r.entityType(), r.country(), r.eventType(), r.source(), null, null));
                return new AlertRule(id, name, kind, q.text(), q.lang(), q.source(), q.entity(), q.entityType(), q.country(),
                        q.eventType(), null, null, null, false, muted, maxPerHour, webhooks, created, now, null, null);
            }
            case AlertRule.EVENTS -> {
                if (blankToNull(r.query()) != null || r.lang() != null || r.source() != null || r.entity() != null
                        || r.entityType() != null) {
                    throw new BadRequestException("an EVENTS rule filters by eventType, plover, quad, actor, sourceActor, "
                            + "targetActor and country only");
                }
                String type = blankToNull(r.eventType());
                if (type != null && !Event.TYPES.contains(type)) {
                    throw new BadRequestException("eventType must be one of " + String.join(", ", Event.TYPES) + ", was '" + type + "'");
                }
                // checked here, so that a rule that can match nothing is refused
                Set<String> ploverTypes = EventQueryParser.ploverTypes(r.plover(), r.quad());
                if (ploverTypes != null && ploverTypes.isEmpty()) {
                    throw new BadRequestException("plover " + r.plover() + " is not of the class " + r.quad());
                }
                return new AlertRule(id, name, kind, null, null, null, null, null,
                        EventQueryParser.party("country", r.country(), countries), type,
                        EventQueryParser.party("actor", r.actor(), countries),
                        EventQueryParser.party("sourceActor", r.sourceActor(), countries),
                        EventQueryParser.party("targetActor", r.targetActor(), countries), Boolean.TRUE.equals(r.notifyStatusChange()),
                        muted, maxPerHour, webhooks, created, now, blankToNull(r.plover()), blankToNull(r.quad()));
            }
            default -> throw new BadRequestException("kind must be ARTICLES or EVENTS, was '" + r.kind() + "'");
        }
    }

    private List<String> webhooks(List<String> urls) {
        if (urls == null) {
            return List.of();
        }
        if (urls.size() > MAX_WEBHOOKS) {
            throw new BadRequestException("at most " + MAX_WEBHOOKS + " webhooks per rule");
        }
        List<String> out = new ArrayList<>();
        for (String u : urls) {
            try {
                URI uri = new URI(u == null ? "" : u.strip());
                if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                    throw new URISyntaxException(String.valueOf(u), "not an absolute http(s) URL");
                }
                refuseInternal(uri);
                out.add(uri.toString());
            } catch (URISyntaxException e) {
                throw new BadRequestException("webhook '" + u + "' is not an absolute http or https URL");
            }
        }
        return out;
    }

    /**
     * A webhook written with an internal address (or localhost) is refused now, with the reason, rather than at its
     * first call; host names are resolved and checked when called, since their addresses can change.
     */
    private void refuseInternal(URI uri) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (allowedHosts.contains(host) || !(host.equals("localhost") || IP_LITERAL.matcher(host).matches())) {
            return;
        }
        try {
            InetAddress address = InetAddress.getByName(host);
            if (InternalAddresses.isInternal(address)) {
                throw new BadRequestException("webhook '" + uri + "' is an internal address (" + address.getHostAddress()
                        + "); list its host in NEWSROOM_WEBHOOK_ALLOWED_HOSTS to allow it");
            }
        } catch (UnknownHostException e) {
            throw new BadRequestException("webhook '" + uri + "' has an invalid address");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
