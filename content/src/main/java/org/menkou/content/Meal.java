package org.menkou.content;

/** The meals a canteen serves. */
public enum Meal {
    LUNCH("午餐"),
    DINNER("晚餐");

    private final String label;

    Meal(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
