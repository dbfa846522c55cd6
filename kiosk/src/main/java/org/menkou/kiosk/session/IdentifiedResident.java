package org.menkou.kiosk.session;

/**
 * The resident identified at the kiosk by their card: what other kiosk code (meal booking, emergency call) may use.
 * Holds only the opaque id, the masked name and the subsidy tier; never the full name or any contact detail.
 *
 * @param id            the resident's opaque id, as on the card and in the server's records
 * @param maskedName    the name as shown on screens, e.g. 张*英
 * @param tierCode      the subsidy tier's code, e.g. {@code AGE80}
 * @param tierName      the tier's name as shown, e.g. 80岁以上 (the code when the tier is unknown)
 * @param homeStationId the resident's home station
 */
public record IdentifiedResident(String id, String maskedName, String tierCode, String tierName, String homeStationId) {
    @Override
    public String toString() {
        return "IdentifiedResident[" + id + "]";
    }
}
