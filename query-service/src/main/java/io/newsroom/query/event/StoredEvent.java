package io.newsroom.query.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.newsroom.contracts.EntityRef;

/**
 * One real-world event as the events index keeps it: what every report of it says, merged.
 *
 * @param id            the event's id (hex), stable once made
 * @param mergeKey      family and anchor actor ({@link io.newsroom.contracts.EventMention#mergeKey()})
 * @param family        VISIT, MEETING, AGREEMENT, RUPTURE, or the type itself
 * @param type          the event type of its latest status
 * @param cameo         CAMEO code of its latest status (036 while planned)
 * @param plover        PLOVER type
 * @param status        planned or occurred; once occurred it stays so
 * @param actors        every actor any report names
 * @param actorIds      their ids, for filtering
 * @param place         where, as the first report that says so has it
 * @param date          the day; an occurred report's date wins over a planned one's
 * @param endDate       last day of a multi-day event
 * @param evidence      the sentence of the most confident report
 * @param confidence    the highest of the reports'
 * @param firstSeen     when the first report was read
 * @param lastSeen      when the latest report was read
 * @param articleCount  reporting articles, copies of one wire story counted once
 * @param copyCount     reports that are copies of another report's story
 * @param sourceCount   distinct sources
 * @param languageCount distinct languages
 * @param languages     those languages
 * @param sources       those sources
 * @param reports       every report, one per article (its latest revision)
 * @param history       status changes, the first report's status first
 */
public record StoredEvent(String id, String mergeKey, String family, String type, String cameo, String plover, String status,
                          List<EntityRef> actors, List<String> actorIds, EntityRef place, LocalDate date, LocalDate endDate,
                          String evidence, double confidence, Instant firstSeen, Instant lastSeen, int articleCount,
                          int copyCount, int sourceCount, int languageCount, List<String> languages, List<String> sources,
                          List<Report> reports, List<StatusChange> history) {

    /**
     * One article's report.
     *
     * @param copyOf the article whose story this one copies (SimHash within the copy distance), else null
     */
    public record Report(String articleId, int revision, int index, String url, String source, String lang, String simhash,
                         String status, String type, LocalDate date, Instant seenAt, Instant publishedAt, String evidence,
                         String copyOf) {
    }

    /** The status became {@code status} at {@code at} with the report of {@code articleId}. */
    public record StatusChange(String status, Instant at, String articleId) {
    }
}
