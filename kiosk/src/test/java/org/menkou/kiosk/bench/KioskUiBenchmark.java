package org.menkou.kiosk.bench;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.gui2.MultiWindowTextGUI;
import com.googlecode.lanterna.gui2.SameTextGUIThread;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.menkou.content.ServiceCategory;
import org.menkou.content.ServiceItem;
import org.menkou.content.db.Database;
import org.menkou.content.seed.DemoSeed;
import org.menkou.content.store.ContentStore;
import org.menkou.kiosk.KioskApp;
import org.menkou.kiosk.KioskFeatures;
import org.menkou.kiosk.alarm.AlarmJournal;
import org.menkou.kiosk.alarm.AlarmPin;
import org.menkou.kiosk.alarm.KioskAlarms;
import org.menkou.kiosk.tui.KioskTui;

/**
 * Key press → screen updated, on Lanterna's virtual terminal with the real renderer and a real SQLite store holding
 * 1,000 service items; and cold start (JVM launch → home screen drawn) of the packaged kiosk in tmux.
 * Run: {@code bench/run kiosk org.menkou.kiosk.bench.KioskUiBenchmark}
 */
public final class KioskUiBenchmark {
    static final int ITEMS = 1_000;
    static final int WARMUP_KEYS = 2_000;
    static final int MEASURED_KEYS = 5_000;

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("menkou-bench");
        ContentStore store = ContentStore.open(Database.openIn(dir));
        new DemoSeed().seedIfEmpty(store, LocalDate.now());
        addItems(store);
        System.out.printf("store: %d service items in %d categories%n", countItems(store), store.categories().all().size());

        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(80, 24));
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        MultiWindowTextGUI gui = new MultiWindowTextGUI(new SameTextGUIThread.Factory(), screen);
        KioskApp app = new KioskApp(store, Clock.systemDefaultZone(), "wt-station-1", KioskFeatures.basic());
        KioskTui tui = new KioskTui(app.navigator(), gui);
        tui.show();
        gui.getGUIThread().processEventsAndUpdate();

        // Home → 找服务 → a category of 125 items → next pages → an item → its pages → back → back → home.
        List<KeyStroke> cycle = List.of(key('1'), key('1'), key('9'), key('9'), key('1'), key('9'),
                new KeyStroke(KeyType.Backspace), key('8'), new KeyStroke(KeyType.Escape), key('9'), key('0'),
                key('3'), key('9'), key('2'), key('1'), key('0'));
        measure(terminal, gui, cycle, WARMUP_KEYS);
        long[] nanos = measure(terminal, gui, cycle, MEASURED_KEYS);
        Arrays.sort(nanos);
        System.out.printf("key press -> screen updated (%d presses): p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                nanos.length, ms(nanos[nanos.length / 2]), ms(nanos[(int) (nanos.length * 0.99)]), ms(nanos[nanos.length - 1]));

        emergencyPress(store, dir);
        if (args.length > 0) {
            coldStart(Path.of(args[0]), dir, Integer.parseInt(args.length > 1 ? args[1] : "7"));
        }
    }

    /**
     * The red button from a deep screen until the full-screen red page is drawn, with the alarm written to the
     * kiosk's SQLite journal (synchronous=FULL) first: 50 presses, each on a fresh kiosk after staff cancelled the
     * previous call with the PIN.
     */
    private static void emergencyPress(ContentStore store, Path dir) throws Exception {
        AlarmJournal journal = AlarmJournal.open(store.database(), Clock.systemUTC());
        AlarmPin pin = new AlarmPin(dir);
        pin.set("2468");
        KioskAlarms alarms = new KioskAlarms(journal, Optional.empty(), KioskAlarms.NO_RESIDENT_SESSION, () -> null,
                "wt-station-1", pin, Clock.systemUTC());
        long[] nanos = new long[50];
        for (int i = 0; i < nanos.length; i++) {
            DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(80, 24));
            TerminalScreen screen = new TerminalScreen(terminal);
            screen.startScreen();
            MultiWindowTextGUI gui = new MultiWindowTextGUI(new SameTextGUIThread.Factory(), screen);
            new KioskTui(new KioskApp(store, Clock.systemDefaultZone(), "wt-station-1",
                    KioskFeatures.builder().alarms(alarms).build()).navigator(), gui).show();
            for (char c : new char[] {'3', '1', '1'}) {
                terminal.addInput(key(c));
                gui.getGUIThread().processEventsAndUpdate();
            }
            terminal.addInput(new KeyStroke(KeyType.F12));
            long start = System.nanoTime();
            gui.getGUIThread().processEventsAndUpdate();
            nanos[i] = System.nanoTime() - start;
            if (!terminal.getCharacter(40, 12).getBackgroundColor().equals(new TextColor.RGB(153, 0, 0))) {
                throw new IllegalStateException("the screen did not turn red");
            }
            alarms.cancel(alarms.inProgress().orElseThrow().id(), "2468");
            screen.stopScreen();
        }
        Arrays.sort(nanos);
        System.out.printf("red button -> alarm journalled (fsync) and red page drawn (%d presses): p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                nanos.length, ms(nanos[nanos.length / 2]), ms(nanos[(int) (nanos.length * 0.99)]), ms(nanos[nanos.length - 1]));
    }

    private static long[] measure(DefaultVirtualTerminal terminal, MultiWindowTextGUI gui, List<KeyStroke> cycle, int n)
            throws Exception {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            terminal.addInput(cycle.get(i % cycle.size()));
            long start = System.nanoTime();
            gui.getGUIThread().processEventsAndUpdate();
            out[i] = System.nanoTime() - start;
        }
        return out;
    }

    /** Launches the packaged kiosk in tmux {@code runs} times; time from launch until the home screen is on the pane. */
    private static void coldStart(Path launcher, Path data, int runs) throws Exception {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            String socket = "menkou-bench-" + i;
            long start = System.nanoTime();
            exec("tmux", "-u", "-L", socket, "new-session", "-d", "-x", "80", "-y", "24", "-e", "LANG=C.UTF-8",
                    launcher + " kiosk --data " + data);
            while (!exec("tmux", "-u", "-L", socket, "capture-pane", "-p").contains("9  紧急呼叫")) {
                Thread.sleep(5);
            }
            times.add(ms(System.nanoTime() - start));
            exec("tmux", "-L", socket, "kill-server");
        }
        times.sort(Double::compare);
        System.out.printf("cold start to home screen (%d runs): median %.0f ms, min %.0f ms, max %.0f ms%n",
                runs, times.get(runs / 2), times.get(0), times.get(runs - 1));
    }

    private static String exec(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    private static void addItems(ContentStore store) {
        List<ServiceCategory> categories = store.categories().all();
        ServiceItem template = store.services().inCategory(categories.get(0).id()).get(0);
        int existing = countItems(store);
        store.inTransaction(() -> {
            for (int i = existing; i < ITEMS; i++) {
                ServiceCategory c = categories.get(i % categories.size());
                store.services().save(new ServiceItem("bench-" + i, c.id(), "服务项目" + i, template.summary(),
                        template.eligibility(), template.fees(), template.provides(), template.hours(),
                        template.provider(), template.howToApply(), template.location(), template.phone(),
                        template.stationIds(), 100 + i));
            }
        });
    }

    private static int countItems(ContentStore store) {
        return store.services().count();
    }

    private static KeyStroke key(char c) {
        return new KeyStroke(c, false, false);
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
