package io.newsroom.contracts;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A diplomatic event an article reports: who met, visited, signed, attended or sanctioned whom, where and when.
 *
 * @param type       what happened, one of {@link #TYPES} (a planned visit is a VISIT whose status is planned)
 * @param cameo      CAMEO code: 036 (intent to meet) while planned, else the code of what happened (042 visit...),
 *                   125 for a cancelled meeting or visit; null when denied
 * @param plover     PLOVER type: AGREE for intentions and agreements reached, SUPPORT for agreements signed or
 *                   ratified, CONSULT for meetings, SANCTION for sanctions and ruptures, REJECT for a cancelled meeting
 *                   or visit; null when denied
 * @param status     {@link #PLANNED}, {@link #OCCURRED}, {@link #DENIED} (a party says it did not or will not happen)
 *                   or {@link #CANCELLED} (called off)
 * @param actors     the participants, in order of mention (people first when the sentence names any)
 * @param sourceActors who did it: the actors the sentence makes its subject (PLOVER's source); for a reciprocal
 *                   event whose parties are all named as one subject ("X and Y met"), all of them
 * @param targetActors to whom: the actors it makes the object (PLOVER's target), the agent of a passive
 *                   ("was received by X") being the source instead; empty when the sentence names none
 * @param place      where it happens, null when the article does not say
 * @param date       the day, explicit in the sentence or resolved against the article's date; null when unknown
 * @param endDate    last day of a multi-day event ("8-9 May"), else null
 * @param evidence   the sentence it was read from
 * @param trigger    the words of {@code evidence} that name what happened, null when unknown
 * @param confidence 0 to 1: how sure the detector is (explicit trigger, actors and date raise it)
 * @param mode       PLOVER mode where the CAMEO-to-PLOVER table gives the code one within the event's PLOVER type
 *                   (CONSULT visit, phone or third-party; SANCTION withdraw, discontinue or expel; REJECT meet),
 *                   else null
 */
public record Event(String type, String cameo, String plover, String status, List<EntityRef> actors,
                    List<EntityRef> sourceActors, List<EntityRef> targetActors, EntityRef place, LocalDate date,
                    LocalDate endDate, String evidence, Span trigger, double confidence, String mode) {

    /** The event types newsroom detects. */
    public static final List<String> TYPES = List.of("VISIT", "HOSTED_VISIT", "MEETING", "TALKS", "PHONE_CALL", "SUMMIT",
            "MEDIATION", "CEREMONY", "AGREEMENT", "COOPERATION", "SANCTIONS", "RELATIONS_CUT", "EXPULSION",
            "TALKS_SUSPENDED", "AID_CUT");
    public static final String PLANNED = "planned";
    public static final String OCCURRED = "occurred";
    public static final String DENIED = "denied";
    public static final String CANCELLED = "cancelled";
    /** Every status, in the order an event may pass through them. */
    public static final List<String> STATUSES = List.of(PLANNED, OCCURRED, DENIED, CANCELLED);

    public Event {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        if (!STATUSES.contains(status)) {
            throw new IllegalArgumentException("status must be one of " + STATUSES + ", was '" + status + "'");
        }
        actors = actors == null ? List.of() : List.copyOf(actors);
        sourceActors = sourceActors == null ? List.of() : List.copyOf(sourceActors);
        targetActors = targetActors == null ? List.of() : List.copyOf(targetActors);
    }
}
