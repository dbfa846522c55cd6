package org.menkou.content;

/** Which residence a policy asks for. */
public enum Residence {
    /** 本市户籍 only. */
    HUKOU("本市户籍"),
    /** 本市户籍, or a 居住证 (residence permit). */
    RESIDENCE_PERMIT("本市户籍或居住证"),
    /** No residence requirement. */
    ANY("不限户籍");

    private final String label;

    Residence(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
