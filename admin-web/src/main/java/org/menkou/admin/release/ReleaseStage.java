package org.menkou.admin.release;

/** How far a kiosk release is rolled out, in the order an admin moves it. */
public enum ReleaseStage {
    /** Only the kiosks of the release's test station. */
    TEST,
    /** The test station's kiosks and the given percentage of all other kiosks. */
    PERCENT,
    /** Every kiosk. */
    ALL
}
