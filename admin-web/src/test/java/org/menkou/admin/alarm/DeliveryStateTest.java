package org.menkou.admin.alarm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Delivery states as {@code alarm_escalation.state} holds them. */
class DeliveryStateTest {
    @Test
    void eachStateReadsBackFromItsStoredName() {
        for (DeliveryState state : DeliveryState.values()) {
            assertThat(DeliveryState.ofStored(state.name())).isEqualTo(state);
        }
        assertThat(DeliveryState.values()).extracting(DeliveryState::name).containsExactly("SENDING", "SENT", "FAILED");
    }

    @Test
    void aStateThisVersionDoesNotKnowReadsAsFailedSoTheBoardNeverClaimsADelivery() {
        assertThat(DeliveryState.ofStored("QUEUED")).isEqualTo(DeliveryState.FAILED);
        assertThat(DeliveryState.ofStored("sent")).as("stored names are exact").isEqualTo(DeliveryState.FAILED);
    }

    @Test
    void theBoardFeedNamesEachChangeAsTheBoardScriptExpects() {
        assertThat(BoardFeed.Change.values()).extracting(BoardFeed.Change::kind)
                .containsExactly("alarm", "escalation", "offline", "selftest");
    }
}
