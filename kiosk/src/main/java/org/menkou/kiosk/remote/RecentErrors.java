package org.menkou.kiosk.remote;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.menkou.content.protocol.DeviceReport;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's most recent WARN and ERROR log lines, for the device report: a logback appender on the root logger
 * keeping the last {@link DeviceReport#MAX_ERRORS}. Free of personal data by construction: a line holds the time, the
 * level, the logger's short name and the message's <em>pattern</em> (its {@code {}} placeholders unfilled, so no
 * resident name, id, card or phone number passed as an argument gets in), the exception's class name, and any run of
 * 5 or more digits the pattern itself holds is replaced by {@code #}. Thread-safe; appended to on any logging thread.
 */
public final class RecentErrors extends AppenderBase<ILoggingEvent> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
    private final Deque<String> lines = new ArrayDeque<>();

    /** Starts a ring and attaches it to the root logger of the logback this process logs with. */
    public static RecentErrors attachToRoot() {
        RecentErrors ring = new RecentErrors();
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            ring.setContext(context);
            ring.setName("recent-errors");
            ring.start();
            context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(ring);
        }
        return ring;
    }

    /** Removes this ring from the root logger (tests). */
    public void detach() {
        if (getContext() instanceof LoggerContext context) {
            Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
            root.detachAppender(this);
        }
        stop();
    }

    @Override
    protected void append(ILoggingEvent event) {
        if (!event.getLevel().isGreaterOrEqual(Level.WARN)) {
            return;
        }
        String line = line(event);
        synchronized (lines) {
            lines.addLast(line);
            while (lines.size() > DeviceReport.MAX_ERRORS) {
                lines.removeFirst();
            }
        }
    }

    /** The kept lines, oldest first. */
    public List<String> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    static String line(ILoggingEvent event) {
        String logger = event.getLoggerName();
        String pattern = event.getMessage() == null ? "" : event.getMessage();
        StringBuilder sb = new StringBuilder().append(TIME.format(Instant.ofEpochMilli(event.getTimeStamp())))
                .append(' ').append(event.getLevel()).append(' ').append(logger.substring(logger.lastIndexOf('.') + 1))
                .append(": ").append(pattern.replaceAll("\\d{5,}", "#").replaceAll("\\s+", " ").strip());
        IThrowableProxy thrown = event.getThrowableProxy();
        if (thrown != null) {
            sb.append(" [").append(thrown.getClassName().substring(thrown.getClassName().lastIndexOf('.') + 1)).append(']');
        }
        String s = sb.toString();
        return s.length() <= DeviceReport.MAX_ERROR_CHARS ? s : s.substring(0, DeviceReport.MAX_ERROR_CHARS - 1) + "…";
    }
}
