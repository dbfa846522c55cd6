package org.menkou.kiosk.screen;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

/**
 * Hands work from other threads (e.g. a booking's answer arriving) to the UI thread, which runs it and then redraws
 * the screen. The terminal UI {@link #attach attaches} its poster at start; until then (and in tests of the screen
 * model alone) tasks wait until {@link #runWaiting} is called on the UI thread. {@link #post} is safe from any thread.
 */
public final class UiThread {
    private final Queue<Runnable> waiting = new ConcurrentLinkedQueue<>();
    private volatile Consumer<Runnable> poster;

    /**
     * From now on tasks go to {@code poster}, which must run each on the UI thread and then redraw; tasks posted
     * before are handed over at once.
     */
    public void attach(Consumer<Runnable> poster) {
        this.poster = poster;
        Runnable task;
        while ((task = waiting.poll()) != null) {
            poster.accept(task);
        }
    }

    /** Runs {@code task} on the UI thread soon, then redraws. Any thread. */
    public void post(Runnable task) {
        Consumer<Runnable> p = poster;
        if (p != null) {
            p.accept(task);
            return;
        }
        waiting.add(task);
        p = poster;
        if (p != null && waiting.remove(task)) {
            p.accept(task);
        }
    }

    /** Runs the tasks posted while nothing was attached; UI thread only. Returns true when any ran. */
    public boolean runWaiting() {
        boolean ran = false;
        Runnable task;
        while ((task = waiting.poll()) != null) {
            task.run();
            ran = true;
        }
        return ran;
    }
}
