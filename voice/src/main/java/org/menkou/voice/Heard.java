package org.menkou.voice;

/** The outcome of one listen turn: a screen phrase, a global command, or a miss with its reason. */
public sealed interface Heard {
    /** What the recogniser returned as text (possibly empty), for logs and the evaluation tool. */
    String recognised();

    /** One of the screen's phrases was heard. */
    record ScreenPhrase(Phrase phrase, String recognised, double confidence) implements Heard {
    }

    /** A global command was heard (返回, 确认, 第二个, 救命 …). */
    record Command(GlobalCommand command, String recognised, double confidence) implements Heard {
    }

    /** Nothing usable was heard. */
    record Miss(MissReason reason, String recognised) implements Heard {
    }

    default boolean isMiss() {
        return this instanceof Miss;
    }
}
