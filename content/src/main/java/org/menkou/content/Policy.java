package org.menkou.content;

import java.util.List;
import java.util.Objects;

/** A policy (政策) explained in plain words, with its structured criteria and the kiosk's self-check questions. */
public record Policy(String id, String name, String summary, EligibilityCriteria criteria,
                     List<EligibilityQuestion> questions, String benefits, String howToApply, List<String> documents,
                     String whereToAsk, int sortOrder) {
    public Policy {
        id = Text.slug("id", id);
        name = Text.requiredLine("name", name, 16);
        summary = Text.required("summary", summary, 300);
        Objects.requireNonNull(criteria, "criteria");
        if (questions == null || questions.isEmpty() || questions.size() > 6) {
            throw new InvalidContentException("questions", "要有 1 到 6 个自测问题 (needs 1 to 6 self-check questions)");
        }
        questions = List.copyOf(questions);
        benefits = Text.required("benefits", benefits, 300);
        howToApply = Text.required("howToApply", howToApply, 300);
        documents = Text.lines("documents", documents, 8, 30);
        whereToAsk = Text.required("whereToAsk", whereToAsk, 200);
    }
}
