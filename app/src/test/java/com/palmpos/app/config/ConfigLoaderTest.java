package com.palmpos.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConfigLoaderTest {
    @TempDir
    Path home;

    private Config load(Map<String, String> env, Path file) {
        return new ConfigLoader(env, home).load(Optional.ofNullable(file), Optional.empty());
    }

    private Path file(String text) throws Exception {
        return Files.writeString(home.resolve("terminal.properties"), text, StandardCharsets.UTF_8);
    }

    @Test
    void runsWithNoFileAtAllOnDefaults() {
        Config config = load(Map.of(), null);
        assertThat(config.dataDir()).isEqualTo(home.resolve(".palmpos"));
        assertThat(config.get(ConfigKeys.UI_THEME)).isEqualTo("light");
        assertThat(config.get(ConfigKeys.UI_COMPANION)).isTrue();
        assertThat(config.sourceOf(ConfigKeys.UI_THEME)).isEqualTo("default");
        assertThat(config.configFile()).isEmpty();
    }

    @Test
    void fileOverridesDefaultsAndEnvironmentOverridesFile() throws Exception {
        Path file = file("ui.theme = dark\nterminal.name = Front counter\n");
        Config config = load(Map.of("PALMPOS_TERMINAL_NAME", "Drive-through"), file);
        assertThat(config.get(ConfigKeys.UI_THEME)).isEqualTo("dark");
        assertThat(config.get(ConfigKeys.TERMINAL_NAME)).isEqualTo("Drive-through");
        assertThat(config.sourceOf(ConfigKeys.TERMINAL_NAME)).isEqualTo("environment PALMPOS_TERMINAL_NAME");
        assertThat(config.sourceOf(ConfigKeys.UI_THEME)).isEqualTo(file.toString());
    }

    @Test
    void readsTheFileInTheDataDirectoryWhenNoneIsGiven() throws Exception {
        Path data = Files.createDirectories(home.resolve("store-data"));
        Files.writeString(data.resolve(ConfigLoader.DEFAULT_FILE_NAME), "ui.locale=de\n");
        Config config = new ConfigLoader(Map.of(), home).load(Optional.empty(), Optional.of(data));
        assertThat(config.get(ConfigKeys.UI_LOCALE)).isEqualTo("de");
    }

    @Test
    void dataDirectoryComesFromTheEnvironmentWhenNotOnTheCommandLine() {
        Config config = load(Map.of("PALMPOS_DATA", home.resolve("d").toString()), null);
        assertThat(config.dataDir()).isEqualTo(home.resolve("d"));
    }

    @Test
    void unknownKeyInTheFileIsRefusedWithASuggestion() throws Exception {
        Path file = file("ui.them = dark\n");
        assertThatThrownBy(() -> load(Map.of(), file))
                .isInstanceOf(ConfigException.class)
                .hasMessage("unknown configuration key 'ui.them' in " + file
                        + " (did you mean 'ui.theme'?): see 'palmpos config' for the keys");
    }

    @Test
    void unknownPalmposEnvironmentVariableIsRefused() {
        assertThatThrownBy(() -> load(Map.of("PALMPOS_UI_THEMES", "dark"), null))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'PALMPOS_UI_THEMES'")
                .hasMessageContaining("did you mean 'ui.theme'");
    }

    @Test
    void masterKeyFromTheEnvironmentIsKeptButNeverShown() {
        Config config = load(Map.of("PALMPOS_MASTER_KEY", "c2VjcmV0LWtleS1tYXRlcmlhbA=="), null);
        assertThat(config.masterKey()).contains("c2VjcmV0LWtleS1tYXRlcmlhbA==");
        assertThat(config.toString()).doesNotContain("c2VjcmV0");
    }

    @Test
    void otherEnvironmentVariablesAreIgnored() {
        assertThat(load(Map.of("HOME", "/x", "PATH", "/bin"), null).get(ConfigKeys.UI_THEME)).isEqualTo("light");
    }

    private static final String CLOUD_URL_ALLOWED = "'embedded' or an https URL such as https://cloud.example.com"
            + " (plain http only to this computer: localhost, 127.0.0.1 or ::1, since card tokens and palm templates"
            + " must travel over TLS)";

    @ParameterizedTest
    @ValueSource(strings = {"https://cloud.example.com", "http://127.0.0.1:8080", "http://localhost:9000",
        "http://[::1]:8080", "embedded"})
    void acceptsHttpsAndPlainHttpOnlyToThisComputer(String url) throws Exception {
        Path file = file("cloud.url = " + url + "\n");
        assertThat(load(Map.of(), file).get(ConfigKeys.CLOUD_URL)).isEqualTo(url);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ui.theme = purple       | 'ui.theme'     | 'purple' | one of light, dark",
        "ui.companion = maybe    | 'ui.companion' | 'maybe'  | true or false",
        "ui.locale = fr          | 'ui.locale'    | 'fr'     | one of en, de",
        "log.level = loud        | 'log.level'    | 'loud'   | one of error, warn, info, debug",
        "cloud.url = ftp://x     | 'cloud.url'    | 'ftp://x' | " + CLOUD_URL_ALLOWED,
        "cloud.url = http://example.com | 'cloud.url' | 'http://example.com' | " + CLOUD_URL_ALLOWED,
        "cloud.url = http://10.0.0.7:8080 | 'cloud.url' | 'http://10.0.0.7:8080' | " + CLOUD_URL_ALLOWED,
        "cloud.port = 70000      | 'cloud.port'   | '70000'  | a whole number from 0 to 65535",
        "cloud.port = eighty     | 'cloud.port'   | 'eighty' | a whole number from 0 to 65535",
        "payment.second-factor-above = 12.345 | 'payment.second-factor-above' | '12.345' | an amount from 0 to 100000 with at most 2 decimals, e.g. 25.00, or off (same as 0)",
        "payment.second-factor-above = -5 | 'payment.second-factor-above' | '-5' | an amount from 0 to 100000 with at most 2 decimals, e.g. 25.00, or off (same as 0)",
        "payment.second-factor-above = never | 'payment.second-factor-above' | 'never' | an amount from 0 to 100000 with at most 2 decimals, e.g. 25.00, or off (same as 0)",
    })
    void badValueNamesTheKeyTheValueAndWhatIsAllowed(String line, String key, String value, String allowed) throws Exception {
        Path file = file(line + "\n");
        assertThatThrownBy(() -> load(Map.of(), file))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(key)
                .hasMessageContaining(value)
                .hasMessageEndingWith("allowed is " + allowed)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @ParameterizedTest
    @CsvSource({"50, 50.00", "7.5, 7.50", "0, 0.00", "off, 0.00", "OFF, 0.00"})
    void secondFactorThresholdReadsAnAmountOrOff(String value, String expected) throws Exception {
        Config config = load(Map.of(), file("payment.second-factor-above = " + value + "\n"));
        assertThat(config.get(ConfigKeys.PAYMENT_SECOND_FACTOR_ABOVE).toPlainString()).isEqualTo(expected);
    }

    @Test
    void secondFactorThresholdDefaultsToFiftyInTheStoreCurrency() {
        assertThat(load(Map.of(), null).get(ConfigKeys.PAYMENT_SECOND_FACTOR_ABOVE).toPlainString()).isEqualTo("50.00");
    }

    @Test
    void emptyValueIsRefused() throws Exception {
        Path file = file("terminal.name =\n");
        assertThatThrownBy(() -> load(Map.of(), file)).hasMessageContaining("'terminal.name'")
                .hasMessageContaining("text of 1..60 characters");
    }

    @Test
    void missingConfigurationFileIsRefused() {
        Path missing = home.resolve("nope.properties");
        assertThatThrownBy(() -> load(Map.of(), missing))
                .isInstanceOf(ConfigException.class)
                .hasMessage("configuration file " + missing + " does not exist: create it or leave out --config");
    }

    @Test
    void fileThatIsNotUtf8IsRefused() throws Exception {
        Path file = home.resolve("latin1.properties");
        Files.write(file, new byte[] {'t', 'e', 'r', 'm', 'i', 'n', 'a', 'l', '.', 'n', 'a', 'm', 'e', '=', (byte) 0xE9, (byte) 0xFF});
        assertThatThrownBy(() -> load(Map.of(), file)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("not UTF-8");
    }

    @Test
    void everyKeyHasAValidDefaultAndAnEnvironmentName() {
        Config config = load(Map.of(), null);
        for (ConfigKey<?> key : ConfigKeys.ALL) {
            assertThat(config.get(key)).as(key.name()).isNotNull();
            assertThat(key.environmentName()).startsWith("PALMPOS_").doesNotContain(".");
        }
    }
}
