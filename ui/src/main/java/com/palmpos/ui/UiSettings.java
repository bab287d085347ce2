package com.palmpos.ui;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Typed settings of the UI module, immutable. The application maps its configuration onto this record; everything
 * has a default ({@link #defaults()}).
 *
 * @param storeName shown in the top bar and on the customer display, e.g. "Harbour Noodles"
 * @param terminalName names this till, e.g. "Counter 1"; part of the window title
 * @param companionEnabled whether to open the customer-facing window
 * @param theme light or dark colours
 * @param locale language of all text and the format of times
 * @param managerSessionTimeout how long the manager area stays unlocked after "Back to counter" (Lock ends it at
 *     once); zero means every visit asks for the PIN
 */
public record UiSettings(
        String storeName,
        String terminalName,
        boolean companionEnabled,
        Theme theme,
        Locale locale,
        Duration managerSessionTimeout) {

    public UiSettings {
        requireText(storeName, "storeName");
        requireText(terminalName, "terminalName");
        Objects.requireNonNull(theme, "theme must be LIGHT or DARK");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(managerSessionTimeout, "managerSessionTimeout");
        if (managerSessionTimeout.isNegative()) {
            throw new IllegalArgumentException(
                    "managerSessionTimeout must be zero or positive, was " + managerSessionTimeout);
        }
    }

    /** "PalmPOS Store", "Counter 1", companion on, light theme, English, manager session of two minutes. */
    public static UiSettings defaults() {
        return new UiSettings("PalmPOS Store", "Counter 1", true, Theme.LIGHT, Locale.ENGLISH, Duration.ofMinutes(2));
    }

    public UiSettings withStoreName(String value) {
        return new UiSettings(value, terminalName, companionEnabled, theme, locale, managerSessionTimeout);
    }

    public UiSettings withTerminalName(String value) {
        return new UiSettings(storeName, value, companionEnabled, theme, locale, managerSessionTimeout);
    }

    public UiSettings withCompanionEnabled(boolean value) {
        return new UiSettings(storeName, terminalName, value, theme, locale, managerSessionTimeout);
    }

    public UiSettings withTheme(Theme value) {
        return new UiSettings(storeName, terminalName, companionEnabled, value, locale, managerSessionTimeout);
    }

    public UiSettings withLocale(Locale value) {
        return new UiSettings(storeName, terminalName, companionEnabled, theme, value, managerSessionTimeout);
    }

    public UiSettings withManagerSessionTimeout(Duration value) {
        return new UiSettings(storeName, terminalName, companionEnabled, theme, locale, value);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank: set it in the terminal configuration");
        }
    }
}
