package com.palmpos.resources;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Keeps the translations complete and every text a valid MessageFormat pattern. */
class MessageBundleParityTest {

    private static final String DIR = "/com/palmpos/resources/i18n/";
    /** The same list as the UI's {@code Messages.BUNDLES} (the resources module cannot see the UI). */
    private static final List<String> BUNDLES =
            List.of("messages", "counter", "customer", "companion", "enrollment", "manager", "errors", "tickets");

    @ParameterizedTest
    @ValueSource(strings = {"messages", "counter", "customer", "companion", "enrollment", "manager", "errors",
        "tickets"})
    void germanBundleHasExactlyTheEnglishKeys(String bundle) throws IOException {
        Properties english = load(DIR + bundle + ".properties");
        Properties german = load(DIR + bundle + "_de.properties");

        assertThat(english).isNotEmpty();
        assertThat(german.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    @Test
    void everyKeyLivesInExactlyOneBundle() throws IOException {
        Map<String, String> owner = new HashMap<>();
        for (String bundle : BUNDLES) {
            for (String key : load(DIR + bundle + ".properties").stringPropertyNames()) {
                String previous = owner.putIfAbsent(key, bundle);
                assertThat(previous).as("key %s is in both %s and %s", key, previous, bundle).isNull();
            }
        }
    }

    @Test
    void everyTextIsAValidMessageFormatPattern() throws IOException {
        for (String bundle : BUNDLES) {
            for (String suffix : List.of(".properties", "_de.properties")) {
                Properties texts = load(DIR + bundle + suffix);
                for (String key : texts.stringPropertyNames()) {
                    String pattern = texts.getProperty(key);
                    assertThat(pattern).as(bundle + suffix + ": " + key).isNotBlank();
                    // throws IllegalArgumentException naming the broken pattern
                    new MessageFormat(pattern, Locale.ROOT).format(new Object[] {1, 2, 3});
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base.css", "light.css", "dark.css", "counter.css", "customer.css", "companion.css",
        "enrollment.css", "manager.css"})
    void themeStylesheetIsOnTheClasspath(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/com/palmpos/resources/theme/" + name)) {
            assertThat(in).as(name).isNotNull();
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).as(name).contains("{");
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
