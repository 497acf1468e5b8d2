package io.newsroom.query.api;

import java.io.IOException;
import java.util.regex.Pattern;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.newsroom.contracts.MergedEvent;
import io.newsroom.search.BadRequestException;
import io.newsroom.search.article.ArticleQueryParser;
import io.newsroom.search.entity.EntityDirectory;
import io.newsroom.search.event.Dyads;
import io.newsroom.search.event.EventMap;
import io.newsroom.search.event.EventPage;
import io.newsroom.search.event.EventParams;
import io.newsroom.search.event.EventQueryParser;
import io.newsroom.search.event.EventStore;
import io.newsroom.web.NotFoundException;

/** The diplomatic events list, their map, one party's dyads, and one event with every article that reported it. */
@RestController
@RequestMapping("/api/events")
class EventController {

    private static final Pattern EVENT_ID = Pattern.compile("[0-9a-f]{24}");

    private final EventStore store;
    private final EntityDirectory directory;
    private final EventQueryParser parser = new EventQueryParser();

    EventController(EventStore store, EntityDirectory directory) {
        this.store = store;
        this.directory = directory;
    }

    /**
     * The filters of the events list and the map, as they arrive: strings, so that a malformed one is a 400 naming
     * it (see {@link EventQueryParser}). {@code sourceActor} and {@code targetActor} ask for who did it and to whom
     * ({@code source} is the news source).
     */
    @GetMapping
    EventPage events(@ParameterObject EventParams params, @RequestParam(required = false) String size) throws IOException {
        return store.search(parser.parse(params, size, directory));
    }

    /** The events the list's filters match, counted per country of their place (the dashboard's world map). */
    @GetMapping("/map")
    EventMap map(@ParameterObject EventParams params) throws IOException {
        return store.map(parser.parse(params, null, directory).unpaged(), directory::countryOf);
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
}
