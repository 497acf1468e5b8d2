package io.newsroom.search.article;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import io.newsroom.contracts.Event;
import io.newsroom.search.BadRequestException;
import io.newsroom.search.entity.EntityDirectory;

/**
 * Request parameters to an {@link ArticleQuery}, or a {@link BadRequestException} that says which parameter is
 * wrong and what is expected. {@code from} and {@code to} take dates (a whole day, UTC) or date-times (with an
 * offset, else UTC); {@code to} is inclusive of its day or instant. Pure and thread-safe.
 */
public final class ArticleQueryParser {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    public static final int MAX_TOP = 50;
    private static final int MAX_QUERY_CHARS = 1000;
    private static final List<String> ENTITY_TYPES = List.of("PERSON", "COUNTRY", "ORGANIZATION", "PLACE");
    private static final Pattern LANG = Pattern.compile("[a-z]{2,3}");
    /** A QID, a curated newsroom: id, or the local id of a name outside the gazetteer. */
    private static final Pattern ENTITY = Pattern.compile("Q[1-9][0-9]{0,11}|newsroom:[a-z]+:[a-z0-9-]{1,100}|local:[a-z]+-[0-9a-f]{12}");

    private final CursorCodec cursors = new CursorCodec();

    /** The parsed query; a name in it also matches its identity's articles in other scripts and spellings. */
    public ArticleQuery parse(ArticleParams p, EntityDirectory names) {
        ArticleQuery q = parse(p);
        return q.text() == null ? q : names.namedBy(q.text()).map(q::withNamedEntity).orElse(q);
    }

    public ArticleQuery parse(ArticleParams p) {
        String q = p.q();
        String lang = p.lang();
        String from = p.from();
        String to = p.to();
        String text = q == null || q.isBlank() ? null : q.strip();
        if (text != null && text.length() > MAX_QUERY_CHARS) {
            throw new BadRequestException("q is longer than " + MAX_QUERY_CHARS + " characters");
        }
        if (text != null) {
            QuerySyntax.check(text);
        }
        String language = null;
        if (lang != null && !lang.isBlank()) {
            language = lang.strip().toLowerCase(Locale.ROOT);
            if (!LANG.matcher(language).matches()) {
                throw new BadRequestException("lang must be an ISO 639-1 code such as en, ar or ru, was '" + lang + "'");
            }
        }
        Instant fromInstant = from == null || from.isBlank() ? null : instant("from", from.strip(), false);
        Instant toInstant = to == null || to.isBlank() ? null : instant("to", to.strip(), true);
        if (fromInstant != null && toInstant != null && !fromInstant.isBefore(toInstant)) {
            throw new BadRequestException("from must be before to");
        }
        int pageSize = number("size", p.size(), DEFAULT_SIZE, MAX_SIZE);
        var after = p.cursor() == null || p.cursor().isBlank() ? null : cursors.decode(p.cursor().strip());
        String entityType = oneOf("entityType", p.entityType(), ENTITY_TYPES);
        String eventType = oneOf("eventType", p.eventType(), Event.TYPES);
        String sort = oneOf("sort", p.sort(), List.of("relevance", "date"));
        String copies = oneOf("copies", p.copies(), List.of("collapse", "include"));
        String source = p.source() == null || p.source().isBlank() ? null : p.source().strip();
        if (source != null && source.length() > 200) {
            throw new BadRequestException("source is longer than 200 characters");
        }
        return new ArticleQuery(text, language, fromInstant, toInstant, pageSize, after, entity("entity", p.entity()),
                entityType, entity("country", p.country()), eventType, source, "date".equals(sort), "include".equals(copies), null);
    }

    /** One of the allowed values, null when absent; else a 400 listing them. */
    public static String oneOf(String name, String value, List<String> allowed) {
        String v = value == null || value.isBlank() ? null : value.strip();
        if (v != null && !allowed.contains(v)) {
            throw new BadRequestException(name + " must be one of " + String.join(", ", allowed) + ", was '" + value + "'");
        }
        return v;
    }

    /** How many values a facet lists: 1 to {@link #MAX_TOP}, default 10. */
    public int top(String top) {
        return number("top", top, 10, MAX_TOP);
    }

    /** A whole number from 1 to max, the default when absent; else a 400 naming the parameter. */
    public static int number(String name, String value, int absent, int max) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // the message below says what is expected
        }
        throw new BadRequestException(name + " must be a whole number from 1 to " + max + ", was '" + value + "'");
    }

    /** An entity id (a Wikidata QID, a newsroom: id or a local: id), null when absent; else a 400 naming the parameter. */
    public static String entity(String name, String value) {
        String id = value == null || value.isBlank() ? null : value.strip();
        if (id != null && !ENTITY.matcher(id).matches()) {
            throw new BadRequestException(name + " must be a Wikidata QID such as Q200881, a newsroom: id or a local: id, was '"
                    + value + "'");
        }
        return id;
    }

    /** A date means its whole day: as a lower bound its start, as an upper bound the start of the next day. */
    private static Instant instant(String name, String value, boolean upper) {
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (upper ? day.plusDays(1) : day).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            Instant t;
            try {
                t = OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException noOffset) {
                t = LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
            }
            // an instant upper bound is inclusive
            return upper ? t.plusMillis(1) : t;
        } catch (DateTimeParseException e) {
            throw new BadRequestException(name + " must be an ISO-8601 date (2024-05-09) or date-time "
                    + "(2024-05-09T10:00:00Z), was '" + value + "'");
        }
    }
}
