package org.menkou.kiosk.meals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.menkou.content.protocol.MealBooking;
import org.menkou.kiosk.screen.Option;
import org.menkou.kiosk.screen.Screen;
import org.menkou.kiosk.screen.Transition;
import org.menkou.kiosk.screen.Ui;
import org.menkou.voice.VoiceLanguage;

/**
 * The answer to a booking. First 正在提交… while the kiosk waits for the server (on a thread of its own: the keys,
 * the red button and the voice stay live); when the answer arrives or the wait runs out the page updates itself to
 * the number in big digits (and in words, for the voice), 待确认 in plain words when the server could not be
 * reached, or why it was refused. A walk-in, who has no card to scan later, is told to get the number at the canteen.
 */
final class BookingResultScreen extends Screen {
    private final MealFlow flow;
    private final CompletableFuture<MealBooking> answer;
    private final Function<VoiceLanguage, String> refusal;

    BookingResultScreen(MealFlow flow, CompletableFuture<MealBooking> answer) {
        this.flow = flow;
        this.answer = answer;
        this.refusal = null;
        // The page reads the answer when drawn; the posted task only has it redrawn on the UI thread.
        answer.whenComplete((b, e) -> flow.ui().post(() -> { }));
    }

    private BookingResultScreen(MealFlow flow, Function<VoiceLanguage, String> refusal) {
        this.flow = flow;
        this.answer = null;
        this.refusal = refusal;
    }

    /** A refusal decided on the kiosk before anything was sent (e.g. the cutoff passed while choosing). */
    static BookingResultScreen localRefusal(MealFlow flow, Function<VoiceLanguage, String> reason) {
        return new BookingResultScreen(flow, reason);
    }

    /** The booking once answered (or the wait ran out); null while still waiting or for a local refusal. */
    private MealBooking booking() {
        return answer == null || !answer.isDone() || answer.isCompletedExceptionally() ? null : answer.getNow(null);
    }

    private boolean submitting() {
        return answer != null && !answer.isDone();
    }

    @Override
    public String title() {
        if (submitting()) {
            return Ui.SUBMITTING_TITLE.in(language());
        }
        MealBooking booking = booking();
        if (booking == null || booking.state() == MealBooking.State.REFUSED) {
            return Ui.RESULT_REFUSED_TITLE.in(language());
        }
        return (booking.state() == MealBooking.State.CONFIRMED ? Ui.RESULT_CONFIRMED_TITLE : Ui.RESULT_PENDING_TITLE)
                .in(language());
    }

    @Override
    protected String text() {
        if (submitting()) {
            return Ui.SUBMITTING_TEXT.in(language());
        }
        MealBooking booking = booking();
        if (booking == null) {
            return refusal != null ? refusal.apply(language()) : Ui.UNREADABLE_ANSWER.in(language());
        }
        VoiceLanguage lang = language();
        String what = flow.describe(booking, lang);
        String canteen = flow.canteenName(booking.request().canteenId());
        boolean walkIn = booking.request().isWalkIn();
        return switch (booking.state()) {
            case CONFIRMED -> {
                List<String> lines = new ArrayList<>(BigDigits.rows(booking.number()));
                lines.add(Ui.RESULT_NUMBER.format(lang, booking.number(), what,
                        MealFlow.price(new org.menkou.content.Price(booking.priceFen()), lang)));
                lines.add(booking.request().delivery() ? Ui.RESULT_DELIVERY.in(lang)
                        : (walkIn ? Ui.RESULT_COLLECT_AND_PAY : Ui.RESULT_COLLECT).format(lang, canteen));
                yield String.join("\n", lines);
            }
            case PENDING -> what + Ui.SENTENCE_END.in(lang) + "\n" + (walkIn
                    ? Ui.RESULT_PENDING_WALK_IN.format(lang, canteen) : Ui.RESULT_PENDING_RESIDENT.in(lang));
            default -> what + Ui.SENTENCE_END.in(lang) + "\n" + RefusalWords.of(booking, lang).orElse("");
        };
    }

    @Override
    protected List<Option> options() {
        if (submitting()) {
            return List.of();
        }
        List<Option> options = new ArrayList<>();
        options.add(Option.of(Ui.RESULT_HOME.in(language()), () -> Transition.HOME, "回首页", "首页", "好的", "知道了",
                "home"));
        if (flow.session().resident().isPresent()) {
            options.add(Option.of(Ui.MEALS_MINE.in(language()), () -> Transition.replace(new MyBookingsScreen(flow)),
                    "我的订餐", "我订的餐", "my bookings"));
        }
        return options;
    }

    @Override
    protected Transition onBack() {
        return Transition.HOME;
    }
}
