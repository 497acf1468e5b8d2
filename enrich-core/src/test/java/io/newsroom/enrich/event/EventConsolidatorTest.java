package io.newsroom.enrich.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsroom.contracts.Event;
import io.newsroom.contracts.Plover;

class EventConsolidatorTest {

    @Test
    void everyTypeInEveryStatusIsCodedWithAPloverTypeTheFiltersKnowOrNone() {
        for (String type : Event.TYPES) {
            for (String status : Event.STATUSES) {
                String[] codes = EventConsolidator.codes(type, status, null);
                if (codes[1] != null) {
                    assertThat(Plover.TYPES).as(type + " " + status).contains(codes[1]);
                    assertThat(codes[0]).as(type + " " + status).matches("[0-9]{3,4}");
                }
            }
        }
    }

    @Test
    void theModeIsTheCodebooksForTheCodeWithinTheEventsPloverType() {
        assertThat(mode("VISIT", Event.OCCURRED)).isEqualTo("visit");
        assertThat(mode("HOSTED_VISIT", Event.OCCURRED)).isEqualTo("visit");
        assertThat(mode("PHONE_CALL", Event.OCCURRED)).isEqualTo("phone");
        assertThat(mode("SUMMIT", Event.OCCURRED)).isEqualTo("third-party");
        assertThat(mode("RELATIONS_CUT", Event.OCCURRED)).isEqualTo("withdraw");
        assertThat(mode("AID_CUT", Event.OCCURRED)).isEqualTo("discontinue");
        assertThat(mode("VISIT", Event.CANCELLED)).isEqualTo("meet");
        // talks and plans have no mode; sanctions (163) are COERCE in the table, another type than the event's
        assertThat(mode("TALKS", Event.OCCURRED)).isNull();
        assertThat(mode("VISIT", Event.PLANNED)).isNull();
        assertThat(mode("SANCTIONS", Event.OCCURRED)).isNull();
    }

    @Test
    void anAgreementSignedIsSupportAndOneReachedIsAgreeAsThePloverManualCodesThem() {
        assertThat(EventConsolidator.codes("AGREEMENT", Event.OCCURRED, null)).containsExactly("057", "SUPPORT");
        assertThat(EventConsolidator.codes("AGREEMENT", Event.OCCURRED, "030")).containsExactly("030", "AGREE");
        // a promise to sign is an intention, whatever the words
        assertThat(EventConsolidator.codes("AGREEMENT", Event.PLANNED, null)).containsExactly("030", "AGREE");
    }

    @Test
    void anExpulsionIsCodedByWhoWasExpelled() {
        assertThat(EventConsolidator.codes("EXPULSION", Event.OCCURRED, "161")).containsExactly("161", "SANCTION");
        assertThat(EventConsolidator.codes("EXPULSION", Event.OCCURRED, "166")).containsExactly("166", "SANCTION");
        assertThat(EventConsolidator.codes("EXPULSION", Event.OCCURRED, null)).containsExactly("174", "COERCE");
        // an expulsion announced is no intention to cooperate: it keeps the code of who is to be expelled
        assertThat(EventConsolidator.codes("EXPULSION", Event.PLANNED, "161")).containsExactly("161", "SANCTION");
    }

    private static String mode(String type, String status) {
        String[] codes = EventConsolidator.codes(type, status, null);
        return PloverModes.mode(codes[0], codes[1]);
    }
}
