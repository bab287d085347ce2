package com.palmpos.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class LogSetupTest {
    @TempDir
    Path logs;

    @AfterEach
    void detachFileAppender() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender("PALMPOS_FILE");
    }

    @Test
    void writesTheLogFileInTheGivenDirectoryAndMasksCardLikeNumbers() throws Exception {
        LogSetup.toDirectory(logs, "info");
        Logger log = LoggerFactory.getLogger("test");
        log.info("paid order 17 with card 4242424242424242 at terminal T1");
        log.warn("failed", new IllegalStateException("token for 4000000000000002 refused"));

        String text = Files.readString(logs.resolve("palmpos.log"));
        assertThat(text).contains("paid order 17 with card [redacted] at terminal T1", "[redacted] refused")
                .doesNotContain("4242424242424242", "4000000000000002");
    }

    @Test
    void honoursTheConfiguredLevel() throws Exception {
        LogSetup.toDirectory(logs, "warn");
        Logger log = LoggerFactory.getLogger("test");
        log.info("routine detail");
        log.warn("something to look at");
        String text = Files.readString(logs.resolve("palmpos.log"));
        assertThat(text).contains("something to look at").doesNotContain("routine detail");
    }
}
