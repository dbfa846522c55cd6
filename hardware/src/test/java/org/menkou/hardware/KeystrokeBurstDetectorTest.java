package org.menkou.hardware;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.menkou.hardware.KeystrokeBurstDetector.Decision;
import org.menkou.hardware.KeystrokeBurstDetector.Scanned;
import org.menkou.hardware.KeystrokeBurstDetector.Typed;

/** Scripted keystroke timings: scanners at their speeds, people at theirs. */
class KeystrokeBurstDetectorTest {
    static final String CODE = "MK1:0A1B2C3D4E5F6G7H:R-7K2M9Q:20260310:20310310:" + "Z9".repeat(50);

    /** A script: keys with the time each is pressed, fed in order, then idle long after. */
    static final class Script {
        final KeystrokeBurstDetector detector = new KeystrokeBurstDetector();
        final List<Decision> out = new ArrayList<>();
        long now;

        Script at(long time, String keys, long gap) {
            now = time;
            for (char c : keys.toCharArray()) {
                out.addAll(detector.key(c, now));
                now += gap;
            }
            return this;
        }

        Script key(char c, long time) {
            now = time;
            out.addAll(detector.key(c, time));
            return this;
        }

        List<Decision> finish() {
            out.addAll(detector.idle(now + 10_000));
            return out;
        }
    }

    static String typed(List<Decision> out) {
        StringBuilder sb = new StringBuilder();
        out.stream().filter(Typed.class::isInstance).forEach(d -> sb.append(((Typed) d).key()));
        return sb.toString();
    }

    static List<String> scans(List<Decision> out) {
        return out.stream().filter(Scanned.class::isInstance).map(d -> ((Scanned) d).code().text()).toList();
    }

    @Test
    void scannersAtTheirUsualSpeedsAreScans() {
        for (long gap : new long[] {0, 1, 3, 8, 15}) {
            List<Decision> out = new Script().at(1_000, CODE + "\n", gap).finish();
            assertThat(scans(out)).as("gap %d ms", gap).containsExactly(CODE);
            assertThat(typed(out)).isEmpty();
        }
    }

    @Test
    void aScanDeliveredInLumpsByATerminalIsStillAScan() {
        Script s = new Script();
        long t = 5_000;
        for (int i = 0; i < CODE.length(); i += 16) {
            s.at(t, CODE.substring(i, Math.min(CODE.length(), i + 16)), 0);
            t += 40;
        }
        s.key('\r', t);
        assertThat(scans(s.finish())).containsExactly(CODE);
    }

    @Test
    void aPersonTypingDigitsAndConfirmIsNeverAScan() {
        List<Decision> out = new Script().at(0, "13800138000\n", 90).finish();
        assertThat(scans(out)).isEmpty();
        assertThat(typed(out)).isEqualTo("13800138000\n");
    }

    @Test
    void aHeldKeyAutoRepeatingThenConfirmIsTypedKeys() {
        for (long repeat : new long[] {16, 33, 40}) {
            List<Decision> out = new Script().at(0, "5".repeat(30), repeat).key('\n', 30 * repeat + 60).finish();
            assertThat(scans(out)).as("repeat every %d ms", repeat).isEmpty();
            assertThat(typed(out)).isEqualTo("5".repeat(30) + "\n");
        }
    }

    @Test
    void keysAroundAScanKeepTheirOrderAndNothingIsLost() {
        List<Decision> out = new Script().key('5', 0).at(300, CODE + "\n", 2).key('0', 2_000).finish();
        assertThat(out.get(0)).isEqualTo(new Typed('5'));
        assertThat(scans(out)).containsExactly(CODE);
        assertThat(out.get(out.size() - 1)).isEqualTo(new Typed('0'));
    }

    @Test
    void aFastRunWithoutEnterIsDroppedAndAFloodDoesNotPressMenuKeys() {
        List<Decision> out = new Script().at(0, CODE, 2).key('1', 5_000).finish();
        assertThat(scans(out)).isEmpty();
        assertThat(typed(out)).isEqualTo("1");
        List<Decision> flood = new Script().at(0, "7".repeat(5_000) + "8" + "\n", 1).finish();
        assertThat(flood).isEmpty();
    }

    @Test
    void heldKeysAreReleasedOnceTheirDeadlinePasses() {
        KeystrokeBurstDetector d = new KeystrokeBurstDetector();
        assertThat(d.deadline()).isEmpty();
        assertThat(d.key('3', 100)).isEmpty();
        long deadline = d.deadline().orElseThrow();
        assertThat(deadline - 100).isLessThanOrEqualTo(KeystrokeBurstDetector.DEFAULT_MAX_GAP_MILLIS + 1);
        assertThat(d.idle(deadline - 2)).isEmpty();
        assertThat(d.idle(deadline)).containsExactly(new Typed('3'));
        assertThat(d.deadline()).isEmpty();
    }

    /**
     * 20,000 random keypad sessions of people: gaps from 45 ms to 1.5 s, with key rollover (two keys a few ms apart)
     * now and then, digits, 确认 (Enter) and 返回. None is taken for a scan and every key comes through, in order.
     */
    @Test
    void randomPeopleOnTheKeypadAreNeverTakenForAScan() {
        Random random = new Random(6);
        String keypad = "0123456789\n\b";
        for (int session = 0; session < 20_000; session++) {
            Script s = new Script();
            StringBuilder pressed = new StringBuilder();
            long t = random.nextInt(1_000);
            int keys = 1 + random.nextInt(40);
            for (int k = 0; k < keys; k++) {
                char c = keypad.charAt(random.nextInt(keypad.length()));
                pressed.append(c);
                s.key(c, t);
                boolean rollover = random.nextInt(8) == 0;
                t += rollover ? random.nextInt(12) : 45 + random.nextInt(1_455);
            }
            List<Decision> out = s.finish();
            assertThat(scans(out)).as("session %d", session).isEmpty();
            assertThat(typed(out)).as("session %d", session).isEqualTo(pressed.toString());
        }
    }
}
