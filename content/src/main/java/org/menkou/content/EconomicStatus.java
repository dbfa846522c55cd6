package org.menkou.content;

/** Economic hardship statuses that policies ask for. */
public enum EconomicStatus {
    TEKUN("特困"),
    DIBAO("低保"),
    LOW_INCOME("低收入");

    private final String label;

    EconomicStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
