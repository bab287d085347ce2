package com.palmpos.app.simulate;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.LoggerFactory;

/** Counts ERROR lines of the whole log while attached and remembers the first one. Thread-safe. */
final class ErrorCounter extends AppenderBase<ILoggingEvent> implements AutoCloseable {
    private final AtomicLong errors = new AtomicLong();
    private final AtomicReference<String> first = new AtomicReference<>();

    /** A counter attached to the root logger. */
    static ErrorCounter attach() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        ErrorCounter counter = new ErrorCounter();
        counter.setContext(context);
        counter.setName("palmpos-soak-errors");
        counter.start();
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(counter);
        return counter;
    }

    @Override
    protected void append(ILoggingEvent event) {
        if (event.getLevel().isGreaterOrEqual(Level.ERROR)) {
            errors.incrementAndGet();
            first.compareAndSet(null, event.getLoggerName() + ": " + event.getFormattedMessage());
        }
    }

    long count() {
        return errors.get();
    }

    /** The first ERROR line, or null. */
    String first() {
        return first.get();
    }

    @Override
    public void close() {
        Logger root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.detachAppender(this);
        stop();
    }
}
