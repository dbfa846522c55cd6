package org.menkou.kiosk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.menkou.kiosk.screen.UiThread;
import picocli.CommandLine;

/**
 * A test build of the kiosk: {@code java -cp menkou-kiosk.jar:test-classes org.menkou.kiosk.cli.HangingKiosk
 * KIOSK-ARGS} runs {@code menkou kiosk KIOSK-ARGS} as the real kiosk does and, once the file named by the system
 * property {@code menkou.test.hang-file} exists, deletes it (so that the next start runs normally) and posts a task to
 * the UI thread that never returns: the screen stops answering while every other thread goes on, as when the UI
 * hangs for real.
 */
public final class HangingKiosk {
    private HangingKiosk() {
    }

    public static void main(String[] args) {
        Path trigger = Path.of(System.getProperty("menkou.test.hang-file"));
        KioskCommand command = new KioskCommand(ui -> hangWhenAsked(trigger, ui));
        System.exit(new CommandLine(command).execute(args));
    }

    private static void hangWhenAsked(Path trigger, UiThread ui) {
        Thread watcher = new Thread(() -> {
            try {
                while (!Files.exists(trigger)) {
                    Thread.sleep(100);
                }
                Files.deleteIfExists(trigger);
                System.err.println("test build: hanging the UI thread");
                ui.post(HangingKiosk::hang);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, "test-hang-trigger");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** Never returns (on the UI thread). */
    private static void hang() {
        while (true) {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
