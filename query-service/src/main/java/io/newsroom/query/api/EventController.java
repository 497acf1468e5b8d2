package io.newsroom.query.api;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.regex.Pattern;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.newsroom.contracts.Event;
import io.newsroom.contracts.MergedEvent;
import io.newsroom.search.BadRequestException;
import io.newsroom.search.article.ArticleParams;
import io.newsroom.search.article.ArticleQuery;
import io.newsroom.search.article.ArticleQueryParser;
import io.newsroom.search.entity.EntityDirectory;
import io.newsroom.search.event.Dyads;
import io.newsroom.search.event.EventMap;
import io.newsroom.search.event.EventPage;
import io.newsroom.search.event.EventQuery;
import io.newsroom.search.event.EventStore;
import io.newsroom.web.NotFoundException;

/** The diplomatic events list, their map, one party's dyads, and one event with every article that reported it. */
@RestController
@RequestMapping("/api/events")
class EventController {

    private static final Pattern EVENT_ID = Pattern.compile("[0-9a-f]{24}");

    private final EventStore store;
    private final EntityDirectory directory;
    private final ArticleQueryParser parser = new ArticleQueryParser();

    EventController(EventStore store, EntityDirectory directory) {
        this.store = store;
        this.directory = directory;
    }

    /**
     * The filters of the events list and the map, as they arrive: strings, so that a malformed one is a 400 naming
     * it. The words, language and source are checked as the articles search checks them, so the dashboard's one set
     * of filters means the same to both lists.
     */
    record EventFilters(String q, String lang, String source, String type, String status, String actor, String country,
            String from, String to) {
    }

    @GetMapping
    EventPage events(@ParameterObject EventFilters filters, @RequestParam(required = false) String size) throws IOException {
        return store.search(query(filters,
                ArticleQueryParser.number("size", size, ArticleQueryParser.DEFAULT_SIZE, ArticleQueryParser.MAX_SIZE)));
    }

    /** The events the list's filters match, counted per country of their place (the dashboard's world map). */
    @GetMapping("/map")
    EventMap map(@ParameterObject EventFilters filters) throws IOException {
        return store.map(query(filters, 0), directory::countryOf);
    }

    private EventQuery query(EventFilters p, int size) {
        String t = blankToNull(p.type());
        if (t != null && !Event.TYPES.contains(t)) {
            throw new BadRequestException("type must be one of " + Event.TYPES + ", was '" + p.type() + "'");
        }
        String s = blankToNull(p.status());
        if (s != null && !s.equals(Event.PLANNED) && !s.equals(Event.OCCURRED)) {
            throw new BadRequestException("status must be planned or occurred, was '" + p.status() + "'");
        }
        LocalDate f = day("from", p.from());
        LocalDate u = day("to", p.to());
        if (f != null && u != null && f.isAfter(u)) {
            throw new BadRequestException("from (" + f + ") is after to (" + u + ")");
        }
        ArticleQuery words = parser.parse(new ArticleParams(p.q(), p.lang(), null, null, null, null, null, null, null, null,
                p.source(), null, null));
        String named = words.text() == null ? null : directory.namedBy(words.text()).orElse(null);
        String country = ArticleQueryParser.entity("country", p.country());
        return new EventQuery(words.text(), named, words.lang(), words.source(), t, s, ArticleQueryParser.entity("actor", p.actor()),
                country, country == null ? Set.of() : directory.placesIn(country), f, u, size);
    }

    /** For one party: the counterparts it shares events with, per type and per month (the dyad view). */
    @GetMapping("/dyads")
    Dyads dyads(@RequestParam(required = false) String actor, @RequestParam(required = false) String top) throws IOException {
        String a = ArticleQueryParser.entity("actor", actor);
        if (a == null) {
            throw new BadRequestException("actor is required: an entity id such as Q200881");
        }
        return store.dyads(a, ArticleQueryParser.number("top", top, 10, ArticleQueryParser.MAX_TOP));
    }

    @GetMapping("/{id}")
    MergedEvent event(@PathVariable String id) throws IOException {
        if (!EVENT_ID.matcher(id).matches()) {
            throw new BadRequestException("an event id is 24 lower-case hex characters");
        }
        return store.byId(id).orElseThrow(() -> new NotFoundException("no event " + id));
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
