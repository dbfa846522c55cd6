package org.menkou.content.card;

/**
 * What a scanned code turned out to be. Every kind has a stable {@link #label()} (printed by {@code menkou qr decode},
 * written to logs) and a short Chinese {@link #sentence()} that the kiosk speaks and shows; neither ever contains
 * anything from the scanned payload.
 */
public enum CardKind {
    /** A genuine, current resident card: the resident may be identified. */
    RESIDENT_CARD("resident-card", "已经认出您的居民服务卡了"),
    /** A genuine card whose expiry date has passed. */
    EXPIRED("expired", "这张居民服务卡已经过期了，请找工作人员换一张新卡"),
    /** A genuine card that was replaced by a newer one or reported lost. */
    REVOKED("revoked", "这张居民服务卡已经停用了，请用最新的卡，或者找工作人员帮忙"),
    /** Claims to be a resident card but is damaged, altered or not signed by this district. */
    FORGED("forged", "这张卡核对不上，不能使用，请找工作人员帮忙"),
    /** Some other code: a payment code, a health code, a web address, any other text. */
    FOREIGN("foreign", "这张码不是居民服务卡，请找工作人员帮忙"),
    /** No code was found at all. */
    NONE("none", "没有看到二维码，请把卡上的二维码对准扫码口");

    private final String label;
    private final String sentence;

    CardKind(String label, String sentence) {
        this.label = label;
        this.sentence = sentence;
    }

    /** The stable lower-case name, e.g. {@code resident-card}. */
    public String label() {
        return label;
    }

    /** The sentence the kiosk speaks and shows for this kind. */
    public String sentence() {
        return sentence;
    }

    /** True only for {@link #RESIDENT_CARD}. */
    public boolean identifies() {
        return this == RESIDENT_CARD;
    }
}
