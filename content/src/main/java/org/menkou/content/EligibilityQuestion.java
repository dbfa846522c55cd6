package org.menkou.content;


/**
 * One yes/no question of a policy's self-check (我能申请吗?).
 *
 * @param expectYes true when answering 是 qualifies, false when 不是 qualifies
 */
public record EligibilityQuestion(String text, boolean expectYes) {
    public EligibilityQuestion {
        text = Text.requiredLine("question", text, 40);
    }
}
