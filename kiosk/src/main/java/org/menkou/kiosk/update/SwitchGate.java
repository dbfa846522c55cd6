package org.menkou.kiosk.update;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Where the updater asks to switch releases: on the UI thread, so that "is the kiosk idle?" and "switch now" are one
 * step nobody can press a key between. Idle means what the caller's {@code idle} says (the kiosk's choice: home screen,
 * nobody identified, no emergency call in progress); the updater checks the outbox itself before asking.
 */
public final class SwitchGate {
    private final Consumer<Runnable> uiThread;
    private final BooleanSupplier idle;
    private final Runnable stop;
    private final AtomicBoolean restart = new AtomicBoolean();

    /**
     * @param uiThread runs a task on the UI thread
     * @param idle     asked on the UI thread: true when nobody uses the kiosk and no call is in progress
     * @param stop     run on the UI thread after a switch: ends the kiosk so it exits with {@link KioskUpdater#RESTART_EXIT}
     */
    public SwitchGate(Consumer<Runnable> uiThread, BooleanSupplier idle, Runnable stop) {
        this.uiThread = uiThread;
        this.idle = idle;
        this.stop = stop;
    }

    /**
     * Called on the updater's thread: when the kiosk is idle, runs {@code switchNow} and then {@code stop} on the UI
     * thread and returns true; else changes nothing and returns false. Waits at most 10 s for the UI thread.
     */
    boolean switchWhenIdle(Runnable switchNow) throws InterruptedException {
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        uiThread.accept(() -> {
            try {
                if (!idle.getAsBoolean()) {
                    done.complete(false);
                    return;
                }
                switchNow.run();
                restart.set(true);
                done.complete(true);
                stop.run();
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        try {
            return done.get(10, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** True once a switch was made: the kiosk is to exit with {@link KioskUpdater#RESTART_EXIT}. */
    public boolean restartRequested() {
        return restart.get();
    }
}
