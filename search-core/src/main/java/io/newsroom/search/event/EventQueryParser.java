package io.newsroom.search.event;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import io.newsroom.contracts.Event;
import io.newsroom.contracts.Plover;
import io.newsroom.search.BadRequestException;
import io.newsroom.search.article.ArticleParams;
import io.newsroom.search.article.ArticleQuery;
import io.newsroom.search.article.ArticleQueryParser;
import io.newsroom.search.entity.EntityDirectory;

/**
 * Request parameters to an {@link EventQuery}, or a {@link BadRequestException} that says which parameter is wrong.
 * The words, language and source are checked as the articles search checks them, so the dashboard's one set of
 * filters means the same to both lists. Thread-safe.
 */
public final class EventQueryParser {

    private static final Pattern ISO3 = Pattern.compile("[A-Za-z]{3}");

    private final ArticleQueryParser articles = new ArticleQueryParser();

    /**
     * @param size  events to return, 1 to {@link ArticleQueryParser#MAX_SIZE}; null for the default
     * @param names what the words name, whose events match in any script, and the places in a country
     */
    public EventQuery parse(EventParams p, String size, EntityDirectory names) {
        String t = blankToNull(p.type());
        if (t != null && !Event.TYPES.contains(t)) {
            throw new BadRequestException("type must be one of " + Event.TYPES + ", was '" + p.type() + "'");
        }
        String s = blankToNull(p.status());
        if (s != null && !Event.STATUSES.contains(s)) {
            throw new BadRequestException("status must be one of " + Event.STATUSES + ", was '" + p.status() + "'");
        }
        LocalDate f = day("from", p.from());
        LocalDate u = day("to", p.to());
        if (f != null && u != null && f.isAfter(u)) {
            throw new BadRequestException("from (" + f + ") is after to (" + u + ")");
        }
        ArticleQuery words = articles.parse(new ArticleParams(p.q(), p.lang(), null, null, null, null, null, null, null, null,
                p.source(), null, null), names);
        String country = party("country", p.country(), names::countryByCode);
        return new EventQuery(words.text(), words.namedEntity(), words.lang(), words.source(), t, s,
                party("actor", p.actor(), names::countryByCode), party("sourceActor", p.sourceActor(), names::countryByCode),
                party("targetActor", p.targetActor(), names::countryByCode), country,
                country == null ? Set.of() : names.placesIn(country), f, u,
                ArticleQueryParser.number("size", size, ArticleQueryParser.DEFAULT_SIZE, ArticleQueryParser.MAX_SIZE),
                ploverTypes(p.plover(), p.quad()));
    }

    /**
     * A party filter: an entity id, or a country's ISO 3166 alpha-3 code (RUS, UKR), as event data names states,
     * read as that country's id.
     *
     * @param countries the country id of a code, empty for a code no country has
     * @throws BadRequestException naming the parameter when it is neither
     */
    public static String party(String name, String value, Function<String, Optional<String>> countries) {
        String v = value == null ? "" : value.strip();
        if (ISO3.matcher(v).matches()) {
            String code = v.toUpperCase(Locale.ROOT);
            return countries.apply(code).orElseThrow(() -> new BadRequestException(name + ": no country has the code '"
                    + code + "' (ISO 3166 alpha-3, such as RUS)"));
        }
        try {
            return ArticleQueryParser.entity(name, value);
        } catch (BadRequestException e) {
            throw new BadRequestException(e.getMessage() + "; or a country's ISO 3166 alpha-3 code such as RUS");
        }
    }

    /**
     * The PLOVER types a PLOVER type filter and a class filter leave (both: the type, if it is of the class); null
     * when neither is given.
     *
     * @throws BadRequestException naming the parameter that is not a PLOVER type or class
     */
    public static Set<String> ploverTypes(String plover, String quad) {
        String type = blankToNull(plover);
        if (type != null && !Plover.TYPES.contains(type)) {
            throw new BadRequestException("plover must be one of " + Plover.TYPES + ", was '" + plover + "'");
        }
        String cls = blankToNull(quad);
        if (cls != null && !Plover.CLASSES.contains(cls)) {
            throw new BadRequestException("quad must be one of " + Plover.CLASSES + ", was '" + quad + "'");
        }
        if (type == null && cls == null) {
            return null;
        }
        Set<String> types = new HashSet<>(cls == null ? Plover.TYPES : Plover.typesOf(cls));
        if (type != null) {
            types.retainAll(Set.of(type));
        }
        return types;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static LocalDate day(String name, String value) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new BadRequestException(name + " must be a date as YYYY-MM-DD, was '" + value + "'");
        }
    }
}
