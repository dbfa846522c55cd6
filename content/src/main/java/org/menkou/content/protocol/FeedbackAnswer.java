package org.menkou.content.protocol;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.regex.Pattern;
import org.menkou.content.InvalidContentException;
import org.menkou.content.Text;

/**
 * A resident's answer to 满意吗？ about a meal they picked up or a request that was done; the payload of a
 * {@value #EVENT_TYPE} event. The server keeps the first answer per subject and ignores any later one, so a resident
 * is never asked twice.
 *
 * @param subject    what is rated
 * @param subjectId  the booking's or request's id
 * @param rating     the answer, or {@link Rating#SKIPPED} when the resident did not want to answer
 * @param reason     for {@link Rating#UNSATISFIED}: the one reason picked, or null
 * @param residentId the resident, as identified by {@code card}
 * @param card       the signed payload of the card scanned at the kiosk; never logged
 */
public record FeedbackAnswer(String answerId, Subject subject, String subjectId, Rating rating, Reason reason,
                             String residentId, String card) {
    /** Outbox event type of an answer. */
    public static final String EVENT_TYPE = "feedback";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{8,64}");

    /** What a feedback question is about. */
    public enum Subject {
        MEAL, REQUEST
    }

    /** 满意 / 一般 / 不满意, or not answered. */
    public enum Rating {
        SATISFIED, OKAY, UNSATISFIED, SKIPPED
    }

    /** Why not satisfied: one page of reasons for meals and one for services (see {@link #forSubject}). */
    public enum Reason {
        SMALL_PORTION, TOO_SALTY, TOO_HARD, COLD, LATE, RUDE, NOT_DONE_WELL, OTHER;

        /** The reasons offered about {@code subject}, in the order shown (at most six: one page). */
        public static java.util.List<Reason> forSubject(Subject subject) {
            return subject == Subject.MEAL ? java.util.List.of(SMALL_PORTION, TOO_SALTY, TOO_HARD, COLD, LATE, OTHER)
                    : java.util.List.of(LATE, RUDE, NOT_DONE_WELL, OTHER);
        }
    }

    @JsonCreator
    public FeedbackAnswer {
        if (answerId == null || !ID.matcher(answerId).matches()) {
            throw new InvalidContentException("answerId", "answer id must be 8-64 letters, digits or '-'");
        }
        if (subject == null || rating == null) {
            throw new InvalidContentException("subject", "subject and rating are required");
        }
        if (subjectId == null || !ID.matcher(subjectId).matches()) {
            throw new InvalidContentException("subjectId", "subject id must be 8-64 letters, digits or '-'");
        }
        if (reason != null && (rating != Rating.UNSATISFIED || !Reason.forSubject(subject).contains(reason))) {
            throw new InvalidContentException("reason", "a reason is given only with UNSATISFIED, from its subject's list");
        }
        residentId = Text.slug("residentId", residentId);
        if (card == null || card.isEmpty() || card.length() > 512) {
            throw new InvalidContentException("card", "the card scanned at the kiosk is required (1-512 characters)");
        }
    }

    @Override
    public String toString() {
        return "FeedbackAnswer[" + subject + " " + subjectId + ", " + rating + (reason == null ? "" : " " + reason) + "]";
    }
}
