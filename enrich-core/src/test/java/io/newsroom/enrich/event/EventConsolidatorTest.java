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
                String[] codes = EventConsolidator.codes(type, status, "161");
                if (codes[1] != null) {
                    assertThat(Plover.TYPES).as(type + " " + status).contains(codes[1]);
                    assertThat(codes[0]).as(type + " " + status).matches("[0-9]{3,4}");
                }
            }
        }
    }
}
