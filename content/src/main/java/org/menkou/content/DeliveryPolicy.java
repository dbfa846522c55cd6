package org.menkou.content;

import java.util.Set;

/**
 * Who may have meals delivered (送餐): identified residents of the subsidised tiers 特困 (TEKUN), 低保 (DIBAO) and
 * 80岁以上 (AGE80). Walk-ins and the 普通 tier collect at the canteen. Kiosks offer 送餐 by this rule and the server
 * refuses a delivery booking that breaks it, so both sides agree without a synced flag.
 */
public final class DeliveryPolicy {
    private static final Set<String> ELIGIBLE_TIERS = Set.of("TEKUN", "DIBAO", "AGE80");

    private DeliveryPolicy() {
    }

    /** @param tierCode the resident's tier, or null for a walk-in */
    public static boolean eligible(String tierCode) {
        return tierCode != null && ELIGIBLE_TIERS.contains(tierCode);
    }
}
