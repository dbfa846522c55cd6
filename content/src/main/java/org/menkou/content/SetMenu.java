package org.menkou.content;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One set menu (套餐) of a canteen meal.
 *
 * @param code        short code shown and spoken, e.g. {@code A}
 * @param pricesByTier price per subsidy tier code; a tier without an entry pays {@code basePrice}
 */
public record SetMenu(String code, String name, List<String> dishes, Price basePrice, Map<String, Price> pricesByTier) {
    private static final Pattern CODE = Pattern.compile("[A-Z]");

    public SetMenu {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new InvalidContentException("code", "套餐代码是一个大写字母 (one capital letter, e.g. A)");
        }
        name = Text.requiredLine("name", name, 12);
        dishes = Text.lines("dishes", dishes, 6, 12);
        if (basePrice == null) {
            throw new InvalidContentException("basePrice", "不能为空 (must not be empty)");
        }
        pricesByTier = Map.copyOf(pricesByTier == null ? Map.of() : pricesByTier);
        for (Map.Entry<String, Price> e : pricesByTier.entrySet()) {
            if (e.getValue() == null) {
                throw new InvalidContentException("prices." + e.getKey(), "不能为空 (must not be empty)");
            }
            if (e.getValue().compareTo(basePrice) > 0) {
                throw new InvalidContentException("prices." + e.getKey(), "补贴价不能高于原价 (a tier price cannot exceed the base price)");
            }
        }
    }

    /** The price a resident of the given tier pays; {@code basePrice} for an unknown tier or a walk-in (null). */
    public Price priceFor(String tierCode) {
        return tierCode == null ? basePrice : pricesByTier.getOrDefault(tierCode, basePrice);
    }

    /** Tier prices in a stable order (by tier code), for storage and display. */
    public Map<String, Price> sortedPrices() {
        return new TreeMap<>(pricesByTier);
    }
}
