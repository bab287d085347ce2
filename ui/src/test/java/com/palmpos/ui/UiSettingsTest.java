package com.palmpos.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class UiSettingsTest {

    @Test
    void defaultsAreUsable() {
        UiSettings defaults = UiSettings.defaults();

        assertThat(defaults.companionEnabled()).isTrue();
        assertThat(defaults.theme()).isEqualTo(Theme.LIGHT);
        assertThat(defaults.locale()).isEqualTo(Locale.ENGLISH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void refusesABlankTerminalNameAndSaysWhereToSetIt(String blank) {
        assertThatThrownBy(() -> UiSettings.defaults().withTerminalName(blank))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("terminalName must not be blank: set it in the terminal configuration");
    }

    @Test
    void refusesANegativeManagerSessionTimeout() {
        assertThatThrownBy(() -> UiSettings.defaults().withManagerSessionTimeout(Duration.ofSeconds(-1)))
                .hasMessageContaining("managerSessionTimeout must be zero or positive");
    }

    @Test
    void witherChangesOnlyItsField() {
        UiSettings dark = UiSettings.defaults().withTheme(Theme.DARK);

        assertThat(dark).isEqualTo(new UiSettings("PalmPOS Store", "Counter 1", true, Theme.DARK, Locale.ENGLISH,
                Duration.ofMinutes(2)));
    }
}
