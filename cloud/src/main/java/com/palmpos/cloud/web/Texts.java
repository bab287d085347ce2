package com.palmpos.cloud.web;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The pages' texts in one language, from {@code web/messages[_de].properties}. Immutable, thread-safe. */
public final class Texts {
    /** The languages served, the first is the default. */
    public static final List<String> LANGUAGES = List.of("en", "de");

    private final Locale locale;
    private final ResourceBundle bundle;

    private Texts(Locale locale, ResourceBundle bundle) {
        this.locale = locale;
        this.bundle = bundle;
    }

    /** The texts of {@code lang} (one of {@link #LANGUAGES}). */
    public static Texts of(String lang) {
        Locale locale = Locale.forLanguageTag(lang);
        ResourceBundle bundle = ResourceBundle.getBundle("web.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Texts(locale, bundle);
    }

    public Locale locale() {
        return locale;
    }

    /** The text {@code key} with {@code args} filled in; a missing key shows as {@code ??key??} and is a bug. */
    public String get(String key, Object... args) {
        try {
            String pattern = bundle.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return "??" + key + "??";
        }
    }
}
