package io.newsroom.query.api;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

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
import io.newsroom.search.event.EventPage;
import io.newsroom.search.event.EventQuery;
import io.newsroom.search.event.EventStore;
import io.newsroom.web.NotFoundException;

/** The diplomatic events list and one event with every article that reported it. */
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
     * Parameters arrive as strings so that a malformed one is a 400 naming it. The words, language and source are
     * checked as the articles search checks them, so the dashboard's one set of filters means the same to both lists.
     * {@code sourceActor} and {@code targetActor} ask for who did it and to whom ({@code source} is the news source).
     */
    @GetMapping
    EventPage events(@RequestParam(required = false) String q, @RequestParam(required = false) String lang,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String type, @RequestParam(required = false) String status,
            @RequestParam(required = false) String actor, @RequestParam(required = false) String sourceActor,
            @RequestParam(required = false) String targetActor, @RequestParam(required = false) String country,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String size) throws IOException {
        String t = blankToNull(type);
        if (t != null && !Event.TYPES.contains(t)) {
            throw new BadRequestException("type must be one of " + Event.TYPES + ", was '" + type + "'");
        }
        String s = blankToNull(status);
        if (s != null && !Event.STATUSES.contains(s)) {
            throw new BadRequestException("status must be one of " + Event.STATUSES + ", was '" + status + "'");
        }
        LocalDate f = day("from", from);
        LocalDate u = day("to", to);
        if (f != null && u != null && f.isAfter(u)) {
            throw new BadRequestException("from (" + f + ") is after to (" + u + ")");
        }
        ArticleQuery words = parser.parse(new ArticleParams(q, lang, null, null, null, null, null, null, null, null, source, null, null));
        String named = words.text() == null ? null : directory.namedBy(words.text()).orElse(null);
        return store.search(new EventQuery(words.text(), named, words.lang(), words.source(), t, s,
                ArticleQueryParser.entity("actor", actor), ArticleQueryParser.entity("sourceActor", sourceActor),
                ArticleQueryParser.entity("targetActor", targetActor), ArticleQueryParser.entity("country", country),
                f, u, ArticleQueryParser.number("size", size, ArticleQueryParser.DEFAULT_SIZE, ArticleQueryParser.MAX_SIZE)));
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
