package com.palmpos.resources;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Keeps the translations complete and every text a valid MessageFormat pattern. */
class MessageBundleParityTest {

    private static final String BASE = "/com/palmpos/resources/i18n/messages";

    @Test
    void germanBundleHasExactlyTheEnglishKeys() throws IOException {
        Properties english = load(BASE + ".properties");
        Properties german = load(BASE + "_de.properties");

        assertThat(english).isNotEmpty();
        assertThat(german.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {".properties", "_de.properties"})
    void everyTextIsAValidMessageFormatPattern(String suffix) throws IOException {
        Properties bundle = load(BASE + suffix);
        for (String key : bundle.stringPropertyNames()) {
            String pattern = bundle.getProperty(key);
            assertThat(pattern).as(key).isNotBlank();
            // throws IllegalArgumentException naming the broken pattern
            new MessageFormat(pattern, Locale.ROOT).format(new Object[] {1, 2, 3});
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base.css", "light.css", "dark.css"})
    void themeStylesheetIsOnTheClasspath(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/com/palmpos/resources/theme/" + name)) {
            assertThat(in).as(name).isNotNull();
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains(".root");
        }
    }

    private Properties load(String resource) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            return properties;
        }
    }
}
