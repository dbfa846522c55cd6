package org.menkou.admin.settlement;

import java.math.BigDecimal;

/** Amounts in fen written as yuan with two decimals, which people read and spreadsheets take as numbers. */
public final class Money {
    private Money() {
    }

    /** 1250 → {@code 12.50}, -300 → {@code -3.00}. */
    public static String yuan(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }

    /**
     * Parses yuan typed by staff ({@code 12}, {@code -3.5}, {@code 12.50}) into fen; empty when it is not a number
     * with at most two decimals or lies outside ±1,000,000 yuan.
     */
    public static java.util.OptionalLong parseYuan(String text) {
        if (text == null || text.isBlank()) {
            return java.util.OptionalLong.empty();
        }
        try {
            BigDecimal value = new BigDecimal(text.strip());
            if (value.scale() > 2 || value.abs().compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
                return java.util.OptionalLong.empty();
            }
            return java.util.OptionalLong.of(value.movePointRight(2).longValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            return java.util.OptionalLong.empty();
        }
    }
}
