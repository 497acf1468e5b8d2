package io.newsroom.search.event;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.newsroom.contracts.EntityRef;
import io.newsroom.contracts.Event;
import io.newsroom.contracts.EventMention;
import io.newsroom.contracts.FamilyRoles;
import io.newsroom.contracts.MergedEvent;
import io.newsroom.contracts.SimHash;
import io.newsroom.contracts.Span;

/**
 * The rules that make reports of one happening one event. A report joins an event of its family and anchor actor
 * when their dates are at most {@link #DAY_SLACK} days apart (a planned visit's range counts whole; an undated
 * report joins an event seen in the last {@link #UNDATED_DAYS} days), their people agree (one's people are a subset
 * of the other's; without people, a shared actor) and, in a directed family, no party is the source of one and the
 * target of the other (a sanction and its counter-sanction are two events). Merging is idempotent: an article counts
 * once however often its report comes, and its latest revision's report replaces an older one. Public for loading
 * many reports at once outside the store (the dashboard bench).
 * <p>
 * Status: a plan becomes occurred, denied or cancelled when a report says so; a denied or cancelled plan becomes
 * occurred when a later report says it took place; an occurred event stays occurred (a later denial is kept in its
 * report). Pure.
 */
public final class EventMerger {

    /** Reports of one event disagree on its day by this much (time zones, "overnight", a late write-up). */
    static final int DAY_SLACK = 2;
    /** An undated report joins an event only while the event is this fresh. */
    static final int UNDATED_DAYS = 30;

    public boolean matches(MergedEvent e, EventMention m) {
        Event ev = m.event();
        if (!e.family().equals(EventMention.family(ev.type()))) {
            return false;
        }
        if (ev.date() != null && e.date() != null) {
            LocalDate eEnd = e.endDate() != null ? e.endDate() : e.date();
            LocalDate mEnd = ev.endDate() != null ? ev.endDate() : ev.date();
            if (ev.date().isAfter(eEnd.plusDays(DAY_SLACK)) || mEnd.isBefore(e.date().minusDays(DAY_SLACK))) {
                return false;
            }
        } else if (m.seenAt().isAfter(e.lastSeen().plusSeconds(UNDATED_DAYS * 86_400L))) {
            return false;
        }
        return EntityRef.sameParticipants(e.actors(), ev.actors())
                && !roles(e).opposes(FamilyRoles.of(ev.type(), ev.sourceActors(), ev.targetActors()), e.family());
    }

    private static FamilyRoles roles(MergedEvent e) {
        return FamilyRoles.of(e.type(), e.sourceActors(), e.targetActors());
    }

    public MergedEvent create(EventMention m) {
        Event ev = m.event();
        MergedEvent empty = new MergedEvent(MergedEvent.SCHEMA_VERSION, newId(m), m.mergeKey(),
                EventMention.family(ev.type()), ev.type(), ev.cameo(), ev.plover(), ev.status(), List.of(), List.of(), List.of(),
                List.of(), ev.place(), ev.date(), ev.endDate(), ev.evidence(), ev.trigger(),
                ev.confidence(), m.seenAt(), m.seenAt(), 0, 0, 0, 0, List.of(), List.of(), List.of(),
                List.of(new MergedEvent.StatusChange(ev.status(), m.seenAt(), m.articleId())), ev.mode());
        return merge(empty, m);
    }

    public MergedEvent merge(MergedEvent e, EventMention m) {
        Event ev = m.event();
        Map<String, MergedEvent.Report> byArticle = new LinkedHashMap<>();
        e.reports().forEach(r -> byArticle.put(r.articleId(), r));
        MergedEvent.Report old = byArticle.get(m.articleId());
        if (old != null && old.revision() > m.revision()) {
            return e;
        }
        byArticle.put(m.articleId(), new MergedEvent.Report(m.articleId(), m.revision(), m.index(), m.url(), m.source(), m.lang(),
                m.simhash(), ev.status(), ev.type(), ev.date(), m.seenAt(), m.publishedAt(), ev.evidence(), ev.trigger(), null));
        List<MergedEvent.Report> reports = withCopies(new ArrayList<>(byArticle.values()));

        String status = status(e.status(), ev.status());
        boolean changed = !status.equals(e.status());
        boolean becomesOccurred = changed && status.equals(Event.OCCURRED);
        List<MergedEvent.StatusChange> history = new ArrayList<>(e.history());
        if (changed) {
            history.add(new MergedEvent.StatusChange(status, m.seenAt(), m.articleId()));
        }
        // the first report (made by create) and a report that changed the status set the codes
        boolean takeCodes = changed || e.reports().isEmpty();
        Map<String, EntityRef> actors = new LinkedHashMap<>();
        e.actors().forEach(a -> actors.put(a.key(), a));
        ev.actors().forEach(a -> actors.putIfAbsent(a.key(), a));
        String type = takeCodes ? ev.type() : e.type();
        // read both as the family reads them (a hosted visit's guest is the visitor), given back as the type words them
        FamilyRoles roles = FamilyRoles.union(List.of(roles(e), FamilyRoles.of(ev.type(), ev.sourceActors(), ev.targetActors())))
                .as(type);
        LocalDate date = becomesOccurred && ev.date() != null ? ev.date() : e.date() != null ? e.date() : ev.date();
        LocalDate end = becomesOccurred && ev.date() != null ? ev.endDate() : e.endDate() != null ? e.endDate() : ev.endDate();
        boolean moreConfident = ev.confidence() > e.confidence();
        Set<String> languages = new LinkedHashSet<>();
        Set<String> sources = new LinkedHashSet<>();
        for (MergedEvent.Report r : reports) {
            if (r.lang() != null) {
                languages.add(r.lang());
            }
            if (r.source() != null) {
                sources.add(r.source());
            }
        }
        int copies = (int) reports.stream().filter(r -> r.copyOf() != null).count();
        return new MergedEvent(MergedEvent.SCHEMA_VERSION, e.id(), e.mergeKey(), e.family(),
                type, takeCodes ? ev.cameo() : e.cameo(), takeCodes ? ev.plover() : e.plover(), status, List.copyOf(actors.values()),
                actors.values().stream().map(EntityRef::id).filter(id -> id != null).distinct().toList(),
                roles.sources(), roles.targets(),
                e.place() != null ? e.place() : ev.place(), date, end, moreConfident ? ev.evidence() : e.evidence(),
                trigger(e, ev, moreConfident),
                Math.max(e.confidence(), ev.confidence()),
                e.firstSeen().isBefore(m.seenAt()) ? e.firstSeen() : m.seenAt(),
                e.lastSeen().isAfter(m.seenAt()) ? e.lastSeen() : m.seenAt(),
                reports.size() - copies, copies, sources.size(), languages.size(), List.copyOf(languages), List.copyOf(sources),
                reports, history, mode(e, ev, takeCodes));
    }

    /**
     * The mode of the codes kept: the report's when it sets them, else the event's; a report of the same code fills it
     * in when the event has none (stored before events carried modes, and its article is re-enriched).
     */
    private static String mode(MergedEvent e, Event ev, boolean takeCodes) {
        if (takeCodes || (e.mode() == null && ev.cameo() != null && ev.cameo().equals(e.cameo()))) {
            return ev.mode();
        }
        return e.mode();
    }

    /**
     * The words naming the event in its evidence: the more confident report's; a report of the same sentence fills
     * them in when the event has none (it was stored before reports carried them, and its article is re-enriched).
     */
    private static Span trigger(MergedEvent e, Event ev, boolean moreConfident) {
        if (moreConfident || e.trigger() == null && Objects.equals(e.evidence(), ev.evidence())) {
            return ev.trigger();
        }
        return e.trigger();
    }

    /** The status after a report: see the class. */
    private static String status(String current, String reported) {
        if (current.equals(Event.OCCURRED) || current.equals(reported) || reported.equals(Event.PLANNED)) {
            return current;
        }
        // denied and cancelled only end a plan; occurred ends anything
        return current.equals(Event.PLANNED) || reported.equals(Event.OCCURRED) ? reported : current;
    }

    /** Marks each report whose story an earlier report's already tells (SimHash within the copy distance). */
    private static List<MergedEvent.Report> withCopies(List<MergedEvent.Report> reports) {
        List<MergedEvent.Report> out = new ArrayList<>();
        for (MergedEvent.Report r : reports) {
            String copyOf = null;
            if (r.simhash() != null) {
                for (MergedEvent.Report earlier : out) {
                    if (earlier.copyOf() == null && earlier.simhash() != null
                            && SimHash.distance(earlier.simhash(), r.simhash()) <= SimHash.COPY_DISTANCE) {
                        copyOf = earlier.articleId();
                        break;
                    }
                }
            }
            out.add(new MergedEvent.Report(r.articleId(), r.revision(), r.index(), r.url(), r.source(), r.lang(), r.simhash(),
                    r.status(), r.type(), r.date(), r.seenAt(), r.publishedAt(), r.evidence(), r.trigger(), copyOf));
        }
        return out;
    }

    /** The first report names the event: a replay of it creates the same id, which the store refuses twice. */
    static String newId(EventMention m) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest((m.mergeKey() + "|" + m.articleId() + "|" + m.index())
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
