package org.menkou.kiosk.meals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.menkou.kiosk.screen.Option;
import org.menkou.kiosk.screen.Screen;
import org.menkou.kiosk.screen.Transition;
import org.menkou.kiosk.screen.Ui;

/** 哪一天: 今天 (only before the cutoff), 明天, 后天 — the days that still take bookings. */
final class DayScreen extends Screen {
    private final MealFlow flow;
    private List<LocalDate> days = List.of();

    DayScreen(MealFlow flow) {
        this.flow = flow;
    }

    @Override
    protected void onShow() {
        List<LocalDate> open = new ArrayList<>();
        for (int i = 0; i < MealFlow.DAYS; i++) {
            LocalDate day = flow.context().today().plusDays(i);
            if (!flow.open(day).isEmpty()) {
                open.add(day);
            }
        }
        days = open;
    }

    @Override
    public String title() {
        return Ui.DAY_TITLE.in(language());
    }

    @Override
    protected String text() {
        if (days.isEmpty()) {
            return Ui.DAY_NONE.in(language());
        }
        return (days.get(0).equals(flow.context().today()) ? Ui.DAY_PICK : Ui.DAY_TODAY_CLOSED).in(language());
    }

    @Override
    protected List<Option> options() {
        return days.stream().map(d -> {
            String word = flow.dayWord(d, language());
            String zh = flow.dayWord(d, org.menkou.voice.VoiceLanguage.ZH_CN);
            return Option.of(word, () -> Transition.push(new MealChoiceScreen(flow, d)), zh, zh + "的", zh + "吃");
        }).toList();
    }
}
