package com.palmpos.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;
import org.junit.jupiter.api.Test;

class JavaFxClassPathNoticeTest {
    private final LoggerContext context = new LoggerContext();
    private final JavaFxClassPathNotice filter = new JavaFxClassPathNotice();

    JavaFxClassPathNoticeTest() {
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.INFO); // the app's default
    }

    private FilterReply decide(String logger, String message) {
        Logger l = context.getLogger(logger);
        return filter.decide(null, l, Level.WARN, message, null, null);
    }

    @Test
    void dropsTheClassPathNoticeOfJavaFx() {
        assertThat(decide("javafx", "Unsupported JavaFX configuration: classes were loaded from 'unnamed module"
                + " @69eee410'")).isEqualTo(FilterReply.DENY);
    }

    @Test
    void keepsEveryOtherJavaFxWarning() {
        assertThat(decide("javafx", "Loading FXML document with JavaFX API of version 22 by JavaFX runtime of"
                + " version 21")).isEqualTo(FilterReply.NEUTRAL);
        assertThat(decide("javafx.scene.CssStyleHelper", "Could not resolve '-palm-accent'"))
                .isEqualTo(FilterReply.NEUTRAL);
    }

    @Test
    void keepsTheSameWordsFromAnotherLogger() {
        assertThat(decide("com.palmpos.ui.TerminalShell", "Unsupported JavaFX configuration"))
                .isEqualTo(FilterReply.NEUTRAL);
    }

    @Test
    void showsTheNoticeWhenJavaFxIsLoggedAtDebug() {
        context.getLogger("javafx").setLevel(Level.DEBUG);
        assertThat(decide("javafx", "Unsupported JavaFX configuration: classes were loaded from 'unnamed module'"))
                .isEqualTo(FilterReply.NEUTRAL);
    }
}
