package org.menkou.kiosk.meals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.menkou.content.Meal;
import org.menkou.content.protocol.BookingOutcome;
import org.menkou.content.protocol.BookingRefusal;
import org.menkou.content.protocol.BookingRequest;
import org.menkou.content.protocol.MealBooking;
import org.menkou.content.protocol.SyncJson;
import org.menkou.voice.VoiceLanguage;

/** Every refusal code has words in both languages; a code from a newer server falls back to its Chinese sentence. */
class RefusalWordsTest {
    static final BookingRequest REQUEST = new BookingRequest("booking-0001", "wt-canteen", LocalDate.of(2026, 11, 24),
            Meal.LUNCH, "A", "r-1", "AGE80", false, "wt-station-1", null);

    static MealBooking refused(BookingRefusal refusal, String reason) {
        return new MealBooking(REQUEST, MealBooking.State.REFUSED, null, null, reason, refusal);
    }

    @Test
    void everyCodeIsWordedInChineseAndInEnglish() {
        for (BookingRefusal r : BookingRefusal.values()) {
            MealBooking b = refused(r, null);
            assertThat(RefusalWords.of(b, VoiceLanguage.ZH_CN)).as(r.name()).hasValueSatisfying(
                    s -> assertThat(s).containsPattern("\\p{IsHan}"));
            assertThat(RefusalWords.of(b, VoiceLanguage.EN)).as(r.name()).hasValueSatisfying(
                    s -> assertThat(s).doesNotContainPattern("\\p{IsHan}").isNotBlank());
        }
    }

    @Test
    void aCodeFromANewerServerShowsItsChineseSentenceOrAGeneralOne() throws Exception {
        BookingOutcome outcome = SyncJson.lenient().readValue("""
                {"bookingId": "booking-0001", "status": "REFUSED", "number": null, "priceFen": null,
                 "reason": "这一顿改到明天了。", "refusal": "meal_moved"}""", BookingOutcome.class);
        assertThat(outcome.refusal()).isEqualTo(BookingRefusal.UNKNOWN);
        assertThat(RefusalWords.of(refused(outcome.refusal(), outcome.reason()), VoiceLanguage.EN))
                .contains("这一顿改到明天了。");
        assertThat(RefusalWords.of(refused(BookingRefusal.UNKNOWN, null), VoiceLanguage.EN))
                .contains("The server did not accept this booking; please ask the staff.");
        assertThat(RefusalWords.of(refused(null, "名额满了。"), VoiceLanguage.EN)).as("a server before codes")
                .contains("名额满了。");
        assertThat(RefusalWords.of(new MealBooking(REQUEST, MealBooking.State.CONFIRMED, 3, 1000, null),
                VoiceLanguage.ZH_CN)).isEmpty();
    }

    @Test
    void codesTravelAsLowerCaseWords() throws Exception {
        String json = SyncJson.strict().writeValueAsString(
                BookingOutcome.refused("booking-0001", BookingRefusal.QUOTA_FULL, "这一顿的名额已经满了。"));
        assertThat(json).contains("\"refusal\":\"quota_full\"");
        assertThat(SyncJson.strict().readValue(json, BookingOutcome.class).refusal()).isEqualTo(BookingRefusal.QUOTA_FULL);
    }
}
