package io.newsroom.query.api;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.newsroom.contracts.Entity;
import io.newsroom.enrich.entity.GazetteerEntry;
import io.newsroom.search.BadRequestException;
import io.newsroom.search.article.ArticleQueryParser;
import io.newsroom.search.entity.EntityDetail;
import io.newsroom.search.entity.EntityDirectory;
import io.newsroom.search.entity.EntityStats;
import io.newsroom.web.NotFoundException;

/**
 * Entity lookup by any name in any script, and one entity with its article count and companions: an identity of the
 * gazetteer, or a name outside it under its local id (known from the articles alone: no aliases, no offices).
 */
@RestController
@RequestMapping("/api/entities")
class EntityController {

    private static final int MAX_NAME_CHARS = 100;

    private final EntityDirectory directory;
    private final EntityStats stats;

    EntityController(EntityDirectory directory, EntityStats stats) {
        this.directory = directory;
        this.stats = stats;
    }

    /** The result of a lookup: the identities first, most likely first, then names outside the gazetteer. */
    record Lookup(String q, List<EntityStats.Counted> entities) {
    }

    @GetMapping
    Lookup lookup(@RequestParam(required = false) String q, @RequestParam(required = false) String size) throws IOException {
        if (q == null || q.isBlank()) {
            throw new BadRequestException("q is required: a name in any script, such as Tokayev, Токаев or توكايف");
        }
        String name = q.strip();
        if (name.length() > MAX_NAME_CHARS) {
            throw new BadRequestException("q is longer than " + MAX_NAME_CHARS + " characters");
        }
        int limit = ArticleQueryParser.number("size", size, 10, 50);
        List<GazetteerEntry> known = directory.lookup(name, limit);
        Map<String, Long> counts = stats.articleCounts(known.stream().map(GazetteerEntry::id).toList());
        List<EntityStats.Counted> out = new ArrayList<>();
        for (GazetteerEntry e : known) {
            out.add(new EntityStats.Counted(e.id(), e.name(), e.type().name(), counts.get(e.id())));
        }
        for (EntityStats.Counted c : stats.byName(name, limit)) {
            if (out.size() < limit && out.stream().noneMatch(o -> o.id() != null && o.id().equals(c.id()) || o.name().equals(c.name()))) {
                out.add(c);
            }
        }
        return new Lookup(name, out);
    }

    @GetMapping("/{id}")
    EntityDetail entity(@PathVariable String id, @RequestParam(required = false) String top) throws IOException {
        String entityId = ArticleQueryParser.entity("id", id);
        int limit = ArticleQueryParser.number("top", top, 10, ArticleQueryParser.MAX_TOP);
        if (Entity.isLocal(entityId)) {
            // a name outside the gazetteer is known only from the articles that name it
            return stats.unlinked(entityId, limit).orElseThrow(() -> new NotFoundException("no entity " + entityId));
        }
        GazetteerEntry e = directory.byId(entityId).orElseThrow(() -> new NotFoundException("no entity " + entityId));
        return stats.detail(e, limit);
    }
}
