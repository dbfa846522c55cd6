package org.menkou.journeys;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Prints what a person would look at when a journey fails: the kiosk's screen, the tail of the admin site's log and
 * of the kiosk's log, and saves the browser's page as a PNG under {@code target/journey-failures/}. Journey classes
 * register it with {@code @ExtendWith} and implement {@link Witness}; it is called on the test's thread after the
 * test method, before {@code @AfterAll} closes the demo.
 */
final class JourneyEvidence implements TestWatcher {
    static final Path FAILURES = Path.of("target", "journey-failures").toAbsolutePath();

    /** What a journey class exposes to the report; either may be null when not started. */
    interface Witness {
        DemoRun demo();

        StaffBrowser browser();
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Optional<Object> instance = context.getTestInstance();
        if (instance.isEmpty() || !(instance.get() instanceof Witness witness)) {
            return;
        }
        String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
        StringBuilder report = new StringBuilder("\n===== journey failed: " + name + " =====\n");
        DemoRun demo = witness.demo();
        if (demo != null) {
            try {
                report.append("--- kiosk screen ---\n").append(demo.kiosk.screen());
            } catch (Exception e) {
                report.append("(kiosk screen unreadable: ").append(e).append(")\n");
            }
            report.append("--- admin log (tail) ---\n").append(demo.adminLogTail(40)).append('\n');
            report.append("--- kiosk log (tail) ---\n").append(demo.kioskLogTail(20)).append('\n');
        }
        StaffBrowser browser = witness.browser();
        if (browser != null) {
            Path shot = FAILURES.resolve(name + ".png");
            try {
                report.append("--- browser at ").append(browser.driver.getCurrentUrl()).append(" ---\n");
                browser.screenshot(shot);
                report.append("screenshot: ").append(shot).append('\n');
            } catch (Exception e) {
                report.append("(no screenshot: ").append(e).append(")\n");
            }
        }
        System.out.println(report);
    }
}
