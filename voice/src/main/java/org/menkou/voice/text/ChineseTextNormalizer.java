package org.menkou.voice.text;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites Chinese text so a synthesizer reads it the way people say it: dates (2024年3月5日, 2024-03-05 →
 * 二零二四年三月五日), years digit by digit, times (11:30 → 十一点三十分), money (12元, ¥3.5 → 三点五元),
 * percentages (50% → 百分之五十), phone numbers digit by digit (幺 for 1), other numbers as counts
 * (1005 → 一千零五). Stateless and thread-safe.
 */
public final class ChineseTextNormalizer {
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{2,4})年");
    private static final Pattern MONTH_DAY = Pattern.compile("(?<!\\d)(\\d{1,2})月(\\d{1,2})([日号])");
    private static final Pattern TIME = Pattern.compile("(?<![\\d:])([01]?\\d|2[0-3])[:：]([0-5]\\d)(?![\\d:])");
    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*[%％]");
    private static final Pattern MONEY_SIGN = Pattern.compile("[¥￥]\\s*(\\d+(?:\\.\\d+)?)元?");
    private static final Pattern MONEY = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(元|块)");
    private static final Pattern PHONE = Pattern.compile("(?<!\\d)(\\d{3,4}-\\d{7,8}|1\\d{10}|\\d{7,8})(?!\\d)");
    private static final Pattern TWO_BEFORE_MEASURE = Pattern.compile("(?<![\\d.])2(?=[个位份次件张本天人岁])");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

    public String normalize(String text) {
        String s = replace(ISO_DATE, text, m -> ChineseNumbers.digits(m.group(1), false) + "年"
                + ChineseNumbers.count(Long.parseLong(m.group(2))) + "月" + ChineseNumbers.count(Long.parseLong(m.group(3))) + "日");
        s = replace(YEAR, s, m -> ChineseNumbers.digits(m.group(1), false) + "年");
        s = replace(MONTH_DAY, s, m -> ChineseNumbers.count(Long.parseLong(m.group(1))) + "月"
                + ChineseNumbers.count(Long.parseLong(m.group(2))) + m.group(3));
        s = replace(TIME, s, ChineseTextNormalizer::time);
        s = replace(PERCENT, s, m -> "百分之" + ChineseNumbers.decimal(m.group(1)));
        s = replace(MONEY_SIGN, s, m -> ChineseNumbers.decimal(m.group(1)) + "元");
        s = replace(MONEY, s, m -> ChineseNumbers.decimal(m.group(1)) + m.group(2));
        s = replace(PHONE, s, m -> ChineseNumbers.digits(m.group(1), true));
        s = TWO_BEFORE_MEASURE.matcher(s).replaceAll("两");
        return replace(NUMBER, s, m -> ChineseNumbers.decimal(m.group()));
    }

    private static String time(Matcher m) {
        int hour = Integer.parseInt(m.group(1));
        int minute = Integer.parseInt(m.group(2));
        String h = (hour == 2 ? "两" : ChineseNumbers.count(hour)) + "点";
        if (minute == 0) {
            return h + "整";
        }
        return h + (minute < 10 ? "零" : "") + ChineseNumbers.count(minute) + "分";
    }

    private static String replace(Pattern pattern, String text, Function<Matcher, String> reading) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(reading.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
