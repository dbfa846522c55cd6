package org.menkou.voice.dialog;

import org.menkou.voice.Heard;
import org.menkou.voice.tarsos.EnergyVad;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens for 救命/紧急呼叫 only, while the kiosk speaks and a barge-in action is registered. Runs its turns on its
 * own daemon thread; a normal listen turn pauses it. When it hears the emergency command it stops the speaker and runs
 * the action.
 */
final class BargeInMonitor implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BargeInMonitor.class);
    private static final int WAIT_WHILE_SPEAKING_MILLIS = 60_000;

    private final GrammarListener listener;
    private volatile Runnable action;
    private volatile boolean speaking;
    private volatile boolean closed;
    private Thread thread;

    BargeInMonitor(GrammarListener listener) {
        this.listener = listener;
    }

    void setAction(Runnable newAction) {
        action = newAction;
    }

    synchronized void speakingChanged(boolean nowSpeaking) {
        speaking = nowSpeaking;
        if (!nowSpeaking) {
            pause();
            return;
        }
        if (action != null && !closed && (thread == null || !thread.isAlive())) {
            thread = new Thread(this::monitor, "barge-in");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** Stops the current barge-in turn (a normal turn needs the input). */
    void pause() {
        Thread t;
        synchronized (this) {
            t = thread;
        }
        if (t != null && t != Thread.currentThread()) {
            listener.cancel();
            try {
                t.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void monitor() {
        EnergyVad.Settings settings = new EnergyVad.Settings(-45, 20, 1000, 600, 4000, WAIT_WHILE_SPEAKING_MILLIS, 3);
        PhraseTable table = PhraseTable.bargeIn(listener.language());
        try {
            while (speaking && !closed) {
                Heard heard = listener.turn(table, settings, true);
                if (GrammarListener.isEmergency(heard)) {
                    LOG.info("emergency barge-in: '{}'", heard.recognised());
                    listener.speaker().stop();
                    Runnable a = action;
                    if (a != null) {
                        a.run();
                    }
                    return;
                }
                if (heard instanceof Heard.Miss miss && (miss.reason() == org.menkou.voice.MissReason.CANCELLED
                        || GrammarListener.cannotListen(miss.reason()))) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closed = true;
        pause();
    }
}
