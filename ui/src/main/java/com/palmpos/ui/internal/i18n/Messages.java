package com.palmpos.ui.internal.i18n;

import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * User-visible text from the resources module's bundles, in one locale. Immutable and thread-safe.
 * A missing key throws {@link java.util.MissingResourceException}: tests render every screen, so a typo fails a
 * build instead of showing a raw key to a cashier.
 */
public final class Messages {

    /** Base name of the bundles in the resources module. */
    public static final String BUNDLE = "com.palmpos.resources.i18n.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** Loads the bundle for {@code locale}, falling back to English. Reads the classpath: call once per shell. */
    public static Messages forLocale(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(bundle, locale);
    }

    /** The text for {@code key}, formatted with {@code args} as a {@link MessageFormat} pattern. */
    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return new MessageFormat(pattern, locale).format(args);
    }

    public Locale locale() {
        return locale;
    }

    /** Formats times of day for this locale (e.g. "22:41" or "10:41 PM"). */
    public DateTimeFormatter timeFormatter(ZoneId zone) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).withZone(zone);
    }
}
