package com.palmpos.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Marker;

/**
 * Keeps JavaFX's "Unsupported JavaFX configuration: classes were loaded from 'unnamed module'" out of the log unless
 * the {@code javafx} logger is at DEBUG. PalmPOS runs JavaFX from the class path on purpose (webcam-capture is an
 * automatic module, so the app cannot be linked as modules; see the README): the line says only that OpenJFX does not
 * test that layout, and every start printed it as a WARN a store manager would worry about. Any other JavaFX
 * message passes untouched. Configured in logback.xml; stateless.
 */
public final class JavaFxClassPathNotice extends TurboFilter {
    static final String NOTICE = "Unsupported JavaFX configuration";

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
            Throwable t) {
        if (format != null && format.startsWith(NOTICE) && logger.getName().startsWith("javafx")
                && !logger.isDebugEnabled()) {
            return FilterReply.DENY;
        }
        return FilterReply.NEUTRAL;
    }
}
