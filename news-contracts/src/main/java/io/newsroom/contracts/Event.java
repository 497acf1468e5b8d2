package io.newsroom.contracts;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A diplomatic event an article reports: who met, visited, signed, attended or sanctioned whom, where and when.
 *
 * @param type       what happened, one of {@link #TYPES} (a planned visit is a VISIT whose status is planned)
 * @param cameo      CAMEO code: 036 (intent to meet) while planned, else the code of what happened (042 visit...)
 * @param plover     PLOVER type: AGREE for intentions and agreements, CONSULT for meetings, SANCTION for sanctions
 *                   and ruptures
 * @param status     {@code planned} or {@code occurred}
 * @param actors     the participants, in order of mention (people first when the sentence names any)
 * @param place      where it happens, null when the article does not say
 * @param date       the day, explicit in the sentence or resolved against the article's date; null when unknown
 * @param endDate    last day of a multi-day event ("8-9 May"), else null
 * @param evidence   the sentence it was read from
 * @param confidence 0 to 1: how sure the detector is (explicit trigger, actors and date raise it)
 */
public record Event(String type, String cameo, String plover, String status, List<EntityRef> actors, EntityRef place,
                    LocalDate date, LocalDate endDate, String evidence, double confidence) {

    /** The event types newsroom detects. */
    public static final List<String> TYPES = List.of("VISIT", "HOSTED_VISIT", "MEETING", "TALKS", "PHONE_CALL", "SUMMIT",
            "MEDIATION", "CEREMONY", "AGREEMENT", "COOPERATION", "SANCTIONS", "RELATIONS_CUT", "EXPULSION",
            "TALKS_SUSPENDED", "AID_CUT");
    public static final String PLANNED = "planned";
    public static final String OCCURRED = "occurred";

    public Event {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        actors = actors == null ? List.of() : List.copyOf(actors);
    }
}
