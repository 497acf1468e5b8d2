package io.newsroom.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One real-world event, merged from every article's report of it: the document the events index keeps, what
 * {@code GET /api/events} answers and what {@link Topics#EVENTS} carries to alerting and other systems.
 *
 * @param schemaVersion {@link #SCHEMA_VERSION}; a document the events index kept from before the field existed
 *                      has none (0) and reads as version 1
 * @param id            the event's id (hex), stable once made
 * @param mergeKey      family and anchor actor ({@link EventMention#mergeKey()})
 * @param family        VISIT, MEETING, AGREEMENT, RUPTURE, or the type itself
 * @param type          the event type of its latest status
 * @param cameo         CAMEO code of its latest status (036 while planned)
 * @param plover        PLOVER type
 * @param status        planned, occurred, denied or cancelled ({@link Event#STATUSES}); once occurred it stays so
 * @param actors        every actor any report names
 * @param actorIds      their ids, for filtering
 * @param sourceActors  the actors any report names as the source, in their first report's order
 * @param targetActors  those any report names as the target and none as the source
 * @param place         where, as the first report that says so has it
 * @param date          the day; an occurred report's date wins over a planned one's
 * @param endDate       last day of a multi-day event
 * @param evidence      the sentence of the most confident report
 * @param trigger       the words of {@code evidence} naming what happened, null when unknown
 * @param confidence    the highest of the reports'
 * @param firstSeen     when the first report was read
 * @param lastSeen      when the latest report was read
 * @param articleCount  reporting articles, copies of one wire story counted once
 * @param copyCount     reports that are copies of another report's story
 * @param sourceCount   distinct sources
 * @param languageCount distinct languages
 * @param languages     those languages
 * @param sources       those sources
 * @param reports       every report, one per article (its latest revision); absent from event lists
 * @param history       status changes, the first report's status first
 * @param mode          PLOVER mode of its latest status ({@link Event#mode()}), null when the codebook gives none
 */
public record MergedEvent(int schemaVersion, String id, String mergeKey, String family, String type, String cameo,
                          String plover, String status, List<EntityRef> actors, List<String> actorIds,
                          List<EntityRef> sourceActors, List<EntityRef> targetActors, EntityRef place,
                          LocalDate date, LocalDate endDate, String evidence, Span trigger, double confidence, Instant firstSeen,
                          Instant lastSeen, int articleCount, int copyCount, int sourceCount, int languageCount,
                          List<String> languages, List<String> sources, List<Report> reports, List<StatusChange> history,
                          String mode) {

    public static final int SCHEMA_VERSION = 1;

    public MergedEvent {
        if (schemaVersion == 0) {
            schemaVersion = SCHEMA_VERSION;
        }
        if (schemaVersion != SCHEMA_VERSION) {
            throw new IllegalArgumentException("unsupported schemaVersion " + schemaVersion + ", this build reads " + SCHEMA_VERSION);
        }
        Objects.requireNonNull(id, "id");
        sourceActors = sourceActors == null ? List.of() : List.copyOf(sourceActors);
        targetActors = targetActors == null ? List.of() : List.copyOf(targetActors);
    }

    /**
     * One article's report.
     *
     * @param trigger the words of {@code evidence} naming what happened, null when unknown
     * @param copyOf  the article whose story this one copies (SimHash within the copy distance), else null
     */
    public record Report(String articleId, int revision, int index, String url, String source, String lang, String simhash,
                         String status, String type, LocalDate date, Instant seenAt, Instant publishedAt, String evidence,
                         Span trigger, String copyOf) {
    }

    /** The status became {@code status} at {@code at} with the report of {@code articleId}. */
    public record StatusChange(String status, Instant at, String articleId) {
    }
}
