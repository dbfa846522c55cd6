package org.menkou.content;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who a policy is for, as structured criteria.
 *
 * @param minAge         minimum age in years, or null for none
 * @param residence      residence requirement
 * @param economicStatus any one of these statuses qualifies; empty means no economic requirement
 * @param minCareLevel   minimum 照护等级 (1-6), or null for none
 * @param livingAlone    true when only people living alone (独居) qualify
 */
public record EligibilityCriteria(Integer minAge, Residence residence, Set<EconomicStatus> economicStatus,
                                  Integer minCareLevel, boolean livingAlone) {
    public EligibilityCriteria {
        if (minAge != null && (minAge < 0 || minAge > 120)) {
            throw new InvalidContentException("minAge", "年龄要在 0 到 120 之间 (must be 0-120)");
        }
        Objects.requireNonNull(residence, "residence");
        economicStatus = economicStatus == null || economicStatus.isEmpty()
                ? Set.of() : Set.copyOf(EnumSet.copyOf(economicStatus));
        if (minCareLevel != null && (minCareLevel < 1 || minCareLevel > 6)) {
            throw new InvalidContentException("minCareLevel", "照护等级要在 1 到 6 之间 (must be 1-6)");
        }
    }
}
