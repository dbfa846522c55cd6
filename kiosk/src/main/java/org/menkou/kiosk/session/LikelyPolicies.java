package org.menkou.kiosk.session;

import java.time.LocalDate;
import java.util.List;
import org.menkou.content.EconomicStatus;
import org.menkou.content.EligibilityCriteria;
import org.menkou.content.KioskResident;
import org.menkou.content.Policy;

/**
 * Which policies are likely for a resident, judged offline by what the kiosk knows: their age (from the birth year)
 * and their subsidy tier. A policy is kept when its minimum age is reached this year and, if it asks for an economic
 * status (特困, 低保 …), the resident's tier is one of them. What the kiosk cannot know (户籍, 照护等级, living alone)
 * does not exclude a policy: the list says "可能适合", and each policy's self-check asks the rest.
 */
final class LikelyPolicies {
    /** The tier that by definition means at least this age, when the birth year is unknown. */
    static final String AGE80_TIER = "AGE80";

    private LikelyPolicies() {
    }

    static List<Policy> among(List<Policy> policies, KioskResident resident, LocalDate today) {
        return policies.stream().filter(p -> likely(p.criteria(), resident, today)).toList();
    }

    static boolean likely(EligibilityCriteria c, KioskResident resident, LocalDate today) {
        if (c.minAge() != null && ageThisYear(resident, today) < c.minAge()) {
            return false;
        }
        return c.economicStatus().isEmpty()
                || c.economicStatus().stream().map(EconomicStatus::name).anyMatch(resident.tierCode()::equals);
    }

    /** The age the resident reaches this year; -1 when unknown (80 for the 80岁以上 tier). */
    private static int ageThisYear(KioskResident resident, LocalDate today) {
        if (resident.birthYear() != null) {
            return today.getYear() - resident.birthYear();
        }
        return AGE80_TIER.equals(resident.tierCode()) ? 80 : -1;
    }
}
