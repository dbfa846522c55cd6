package org.menkou.content;

/**
 * What a kiosk knows about a resident: the opaque id, the masked name (张*英), the subsidy tier and the home station.
 * Never the full name, birth year or contact details; the server derives this from {@link Resident}.
 */
public record KioskResident(String id, String maskedName, String tierCode, String homeStationId) {
    public KioskResident {
        id = Text.slug("id", id);
        maskedName = Text.requiredLine("maskedName", maskedName, 20);
        tierCode = SubsidyTier.requireCode("tierCode", tierCode);
        homeStationId = Text.slug("homeStationId", homeStationId);
    }

    /** The kiosk's view of a full resident record. */
    public static KioskResident of(Resident r) {
        return new KioskResident(r.id(), r.maskedName(), r.tierCode(), r.homeStationId());
    }
}
