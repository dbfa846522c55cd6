package org.menkou.content.protocol;

import java.time.LocalDate;
import java.util.List;
import org.menkou.content.Meal;

/**
 * The wire records of {@code POST} {@link KioskApiPaths#RESIDENT_NEWS}: a kiosk presents the card a resident just
 * scanned and learns what the greeting tells them: how their open service requests stand, the phone number the centre
 * has for them (masked) and the one thing to ask 满意吗？ about, if any.
 */
public final class ResidentNews {
    private ResidentNews() {
    }

    /** @param card the scanned card's signed payload; the server verifies it and answers for its resident only */
    public record Query(String card) {
        @Override
        public String toString() {
            return "ResidentNews.Query[card]";
        }
    }

    /**
     * @param maskedPhone the resident's phone number on file as shown (138****5678), or null when there is none
     * @param requests    their requests not yet done or cancelled, newest first
     * @param feedback    what to ask about, or null when nothing is owed an answer
     */
    public record Answer(String maskedPhone, List<RequestNews> requests, FeedbackQuestion feedback) {
        public Answer {
            requests = List.copyOf(requests);
        }
    }

    /**
     * One open request as the resident hears it. The scheduled fields are set once the state is
     * {@link RequestState#SCHEDULED}.
     *
     * @param who   the person coming, masked (王*丽), or null
     * @param where where it happens (上门, the station …), or null
     */
    public record RequestNews(String requestId, ServiceRequest.Kind kind, String subjectName, RequestState state,
                              LocalDate day, ServiceRequest.DayHalf half, String who, String where) {
    }

    /**
     * The meal picked up or the request done that the resident has not yet been asked about.
     *
     * @param day  the meal's date, or the day the request was done
     * @param meal the meal, for {@link FeedbackAnswer.Subject#MEAL}; null otherwise
     * @param name the set menu's name (A套餐) or the service's name (助浴)
     */
    public record FeedbackQuestion(FeedbackAnswer.Subject subject, String subjectId, LocalDate day, Meal meal,
                                   String name) {
    }
}
