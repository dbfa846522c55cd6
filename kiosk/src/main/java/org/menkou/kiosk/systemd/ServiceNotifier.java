package org.menkou.kiosk.systemd;

/**
 * Tells the service manager that started this process how it is doing, as systemd's {@code sd_notify} does: each
 * call sends one message of newline-separated {@code KEY=VALUE} lines ({@code READY=1}, {@code WATCHDOG=1},
 * {@code STOPPING=1}). Safe from any thread. A message that cannot be sent is logged, never thrown: the kiosk goes on,
 * and systemd acts on the missing message (a missed watchdog ping restarts the kiosk). The owner closes it.
 */
public interface ServiceNotifier extends AutoCloseable {
    /** Sends {@code state} (e.g. {@code "READY=1"}). */
    void send(String state);

    /** Releases the socket; later {@link #send} calls do nothing. */
    @Override
    void close();
}
