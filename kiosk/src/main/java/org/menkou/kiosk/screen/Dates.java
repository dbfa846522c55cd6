package org.menkou.kiosk.screen;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.menkou.voice.VoiceLanguage;

/** Dates the way residents say them: 今天 / 明天 / 后天, month and day, 星期几. */
public final class Dates {
    private static final String[] WEEKDAYS = {"一", "二", "三", "四", "五", "六", "日"};

    private Dates() {
    }

    /** 今天, 明天, 后天 for the next days, else the month and day (11月25日). */
    public static String relativeWord(LocalDate day, LocalDate today) {
        long ahead = ChronoUnit.DAYS.between(today, day);
        if (ahead == 0) {
            return "今天";
        }
        if (ahead == 1) {
            return "明天";
        }
        if (ahead == 2) {
            return "后天";
        }
        return monthDay(day);
    }

    /** Today, Tomorrow, The day after tomorrow (今天, 明天, 后天) in {@code language}, else the month and day. */
    public static String relativeWord(LocalDate day, LocalDate today, VoiceLanguage language) {
        long ahead = ChronoUnit.DAYS.between(today, day);
        if (ahead == 0) {
            return Ui.TODAY.in(language);
        }
        if (ahead == 1) {
            return Ui.TOMORROW.in(language);
        }
        if (ahead == 2) {
            return Ui.DAY_AFTER_TOMORROW.in(language);
        }
        return monthDay(day, language);
    }

    /** e.g. 明天 11月23日 星期一, or 11月26日 星期四. */
    static String dayLabel(LocalDate day, LocalDate today) {
        String word = relativeWord(day, today);
        String date = monthDay(day) + " 星期" + WEEKDAYS[day.getDayOfWeek().getValue() - 1];
        return word.equals(monthDay(day)) ? date : word + " " + date;
    }

    static String monthDay(LocalDate day) {
        return monthDay(day, VoiceLanguage.ZH_CN);
    }

    /** 11月23日 / Nov 23. */
    public static String monthDay(LocalDate day, VoiceLanguage language) {
        return language.isChinese() ? day.getMonthValue() + "月" + day.getDayOfMonth() + "日"
                : day.format(DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH));
    }
}
