package org.menkou.voice.text;

/** Chinese readings of numbers: counts (1005 → 一千零五), digit strings (2024 → 二零二四), decimals (3.5 → 三点五). */
public final class ChineseNumbers {
    private static final String DIGITS = "零一二三四五六七八九";
    private static final String[] UNITS = {"", "十", "百", "千"};
    private static final String[] SECTIONS = {"", "万", "亿", "万亿"};

    private ChineseNumbers() {
    }

    /** Reads a whole number as a count: 0 → 零, 10 → 十, 15 → 十五, 110 → 一百一十, 1005 → 一千零五, 20000 → 两万 is read 二万. */
    public static String count(long n) {
        if (n < 0) {
            return "负" + count(-n);
        }
        if (n == 0) {
            return "零";
        }
        int[] parts = new int[SECTIONS.length];
        int top = 0;
        for (long rest = n; rest > 0; rest /= 10_000) {
            parts[top++] = (int) (rest % 10_000);
        }
        StringBuilder out = new StringBuilder();
        boolean gap = false;
        for (int i = top - 1; i >= 0; i--) {
            if (parts[i] == 0) {
                gap = out.length() > 0;
                continue;
            }
            if (out.length() > 0 && (gap || parts[i] < 1000)) {
                out.append('零');
            }
            out.append(section(parts[i])).append(SECTIONS[i]);
            gap = false;
        }
        String s = out.toString();
        return s.startsWith("一十") ? s.substring(1) : s;
    }

    private static String section(int part) {
        StringBuilder out = new StringBuilder();
        boolean zero = false;
        for (int unit = 3; unit >= 0; unit--) {
            int d = part / (int) Math.pow(10, unit) % 10;
            if (d == 0) {
                zero = out.length() > 0;
                continue;
            }
            if (zero) {
                out.append('零');
                zero = false;
            }
            out.append(DIGITS.charAt(d)).append(UNITS[unit]);
        }
        return out.toString();
    }

    /** Reads digits one by one: 2024 → 二零二四; with {@code phone}, 1 is read 幺 as on the telephone. */
    public static String digits(String digits, boolean phone) {
        StringBuilder out = new StringBuilder();
        for (char c : digits.toCharArray()) {
            if (c >= '0' && c <= '9') {
                out.append(phone && c == '1' ? '幺' : DIGITS.charAt(c - '0'));
            }
        }
        return out.toString();
    }

    /** Reads a decimal such as {@code 3.5} or {@code 12}: 三点五, 十二. */
    public static String decimal(String number) {
        int dot = number.indexOf('.');
        if (dot < 0) {
            return count(Long.parseLong(number));
        }
        String whole = number.substring(0, dot).isEmpty() ? "0" : number.substring(0, dot);
        return count(Long.parseLong(whole)) + "点" + digits(number.substring(dot + 1), false);
    }
}
