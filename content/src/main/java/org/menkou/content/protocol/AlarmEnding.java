package org.menkou.content.protocol;

/** How a call was ended at the kiosk. */
public enum AlarmEnding {
    /** Staff typed the station's staff PIN. */
    STAFF_PIN,
    /**
     * A confirmed choice on the alarm page, offered where no staff PIN applies once the page has said whom to phone
     * (a kiosk without a server, or one that could not reach it).
     */
    CONFIRMED_CHOICE
}
