package org.menkou.content;

import java.math.BigDecimal;

/** An amount of money in fen (分, 1/100 yuan); never negative. */
public record Price(int fen) implements Comparable<Price> {
    public Price {
        if (fen < 0) {
            throw new InvalidContentException("price", "价格不能是负数 (must not be negative)");
        }
    }

    /** Parses yuan written as a decimal, e.g. {@code "3"}, {@code "3.5"} or {@code "15.00"}. */
    public static Price ofYuan(String yuan) {
        try {
            BigDecimal value = new BigDecimal(yuan.strip());
            return new Price(value.movePointRight(2).intValueExact());
        } catch (NullPointerException | NumberFormatException | ArithmeticException e) {
            throw new InvalidContentException("price", "价格要写成元，例如 3 或 3.50 (write yuan, e.g. 3 or 3.50): " + yuan);
        }
    }

    /** The amount as people say it: {@code 3元}, {@code 3.5元}, {@code 0元}. */
    public String toYuanText() {
        return BigDecimal.valueOf(fen, 2).stripTrailingZeros().toPlainString() + "元";
    }

    @Override
    public int compareTo(Price other) {
        return Integer.compare(fen, other.fen);
    }
}
