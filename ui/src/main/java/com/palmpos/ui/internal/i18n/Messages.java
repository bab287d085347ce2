package com.palmpos.ui.internal.i18n;

import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * User-visible text from the resources module's bundles, in one locale. Immutable and thread-safe.
 * A missing key throws {@link java.util.MissingResourceException}: tests render every screen, so a typo fails a
 * build instead of showing a raw key to a cashier.
 */
public final class Messages {

    /** Base name of the shell's bundle in the resources module. */
    public static final String BUNDLE = "com.palmpos.resources.i18n.messages";

    /**
     * Every bundle, one per screen area (so areas evolve without touching each other's files); a key lives in
     * exactly one of them (the resources module's tests check that, and that German has every English key).
     */
    public static final List<String> BUNDLES = List.of(BUNDLE, "com.palmpos.resources.i18n.counter",
            "com.palmpos.resources.i18n.customer", "com.palmpos.resources.i18n.companion",
            "com.palmpos.resources.i18n.enrollment", "com.palmpos.resources.i18n.manager",
            "com.palmpos.resources.i18n.errors", "com.palmpos.resources.i18n.tickets");

    private final List<ResourceBundle> bundles;
    private final Locale locale;

    private Messages(List<ResourceBundle> bundles, Locale locale) {
        this.bundles = bundles;
        this.locale = locale;
    }

    /** Loads the bundles for {@code locale}, falling back to English. Reads the classpath: call once per shell. */
    public static Messages forLocale(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        ResourceBundle.Control control =
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        return new Messages(BUNDLES.stream().map(name -> ResourceBundle.getBundle(name, locale, control)).toList(),
                locale);
    }

    /**
     * The text for {@code key}, formatted with {@code args} as a {@link MessageFormat} pattern.
     *
     * @throws MissingResourceException if no bundle has the key
     */
    public String get(String key, Object... args) {
        return new MessageFormat(pattern(key), locale).format(args);
    }

    /**
     * The raw {@link MessageFormat} pattern of {@code key}, for code that formats it itself (e.g. receipts in
     * the pos module).
     *
     * @throws MissingResourceException if no bundle has the key
     */
    public String pattern(String key) {
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        }
        throw new MissingResourceException("No text for key '" + key + "' in " + BUNDLES, BUNDLE, key);
    }

    public Locale locale() {
        return locale;
    }

    /** Formats times of day for this locale (e.g. "22:41" or "10:41 PM"). */
    public DateTimeFormatter timeFormatter(ZoneId zone) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).withZone(zone);
    }
}
