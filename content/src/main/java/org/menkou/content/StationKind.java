package org.menkou.content;

/** The three kinds of place in a community's elder-care network. */
public enum StationKind {
    CENTRE("社区综合为老服务中心"),
    STATION("家门口服务站点"),
    CANTEEN("长者食堂");

    private final String label;

    StationKind(String label) {
        this.label = label;
    }

    /** The Chinese name shown to people. */
    public String label() {
        return label;
    }
}
