package org.menkou.admin.meals;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.admin.testing.AdminFixture;
import org.menkou.content.Meal;
import org.menkou.content.testing.TmuxSession;

/**
 * The whole product path: a real kiosk process (the kiosk jar in tmux, synced with a real server) books tomorrow's
 * lunch by keys as a walk-in; the server confirms at once and the kiosk shows the number.
 */
@Tag("integration")
@Tag("sqlite")
class KioskProcessBookingIT {
    private static final Pattern TOMORROW = Pattern.compile("(\\d)  明天");

    @TempDir
    Path dir;

    @Test
    void aKioskProcessBooksByKeysAndShowsTheServersNumber() throws Exception {
        AdminFixture f = new AdminFixture(dir.resolve("server"));
        LocalDate tomorrow = LocalDate.now(MealTesting.ZONE).plusDays(1);
        MealTesting.lunch(f.store, tomorrow, 5);
        f.app.start("127.0.0.1", 0);
        String token = f.admin.kiosks().register("wt-station-1", "一号", "test").token();
        Path kioskJar = Path.of("..", "kiosk", "target", "menkou-kiosk.jar").toAbsolutePath().normalize();
        assertThat(kioskJar).as("the kiosk jar (mvn package builds kiosk before admin-web)").exists();
        try (TmuxSession kiosk = new TmuxSession("java -Dfile.encoding=UTF-8 -Duser.timezone=Asia/Shanghai -jar " + kioskJar
                + " kiosk --data " + dir.resolve("kiosk") + " --server http://127.0.0.1:" + f.app.port() + " --token " + token)) {
            kiosk.waitFor("9  紧急呼叫");
            kiosk.keys("2");
            kiosk.waitFor("散客");
            kiosk.keys("1");
            Matcher day = TOMORROW.matcher(kiosk.waitFor("明天"));
            assertThat(day.find()).isTrue();
            kiosk.keys(day.group(1));
            kiosk.waitFor("午餐");
            kiosk.keys("1");
            kiosk.waitFor("A套餐");
            kiosk.keys("1");
            kiosk.waitFor("确认吗");
            kiosk.keys("Enter");
            assertThat(kiosk.waitFor("订好了")).contains("您的订餐号是1号");
            kiosk.keys("C-c");
        } finally {
            f.app.stop();
        }
        assertThat(f.admin.meals().confirmedCount(MealTesting.CANTEEN, tomorrow, Meal.LUNCH)).isEqualTo(1);
    }
}
