package org.menkou.content;

/**
 * What a kiosk knows about a resident: the opaque id, the masked name (张*英), the subsidy tier, the home station and
 * the birth year. Never the full name or contact details; the server derives this from {@link Resident}.
 *
 * <p>The birth year (a year only, no date) is here because the kiosk suggests policies by their minimum age (60, 65,
 * 70, 80 …) offline, and an age band computed on the server would go stale on birthdays without any record changing.
 *
 * @param birthYear the year of birth, or null when the server sent none (a replica synced before it was carried)
 */
public record KioskResident(String id, String maskedName, String tierCode, String homeStationId, Integer birthYear) {
    public KioskResident {
        id = Text.slug("id", id);
        maskedName = Text.requiredLine("maskedName", maskedName, 20);
        tierCode = SubsidyTier.requireCode("tierCode", tierCode);
        homeStationId = Text.slug("homeStationId", homeStationId);
        if (birthYear != null && (birthYear < 1900 || birthYear > 9999)) {
            throw new InvalidContentException("birthYear", "出生年份不对 (birth year out of range)");
        }
    }

    /** The kiosk's view of a full resident record. */
    public static KioskResident of(Resident r) {
        return new KioskResident(r.id(), r.maskedName(), r.tierCode(), r.homeStationId(), r.birthYear());
    }
}
