package com.palmpos.pos.consent;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The versioned consent notice texts, read from {@code com/palmpos/resources/consent/} on the classpath (the
 * resources module): {@code notices.properties} names the current version and its languages, each text is
 * {@code <version>_<language>.txt}. Immutable and thread-safe; reading a text costs one small classpath read.
 */
public final class ConsentNotices {
    static final String ROOT = "com/palmpos/resources/consent/";
    private static final Locale FALLBACK = Locale.ENGLISH;

    private final String current;
    private final List<String> languages;

    private ConsentNotices(String current, List<String> languages) {
        this.current = current;
        this.languages = languages;
    }

    /**
     * Loads the index from the classpath.
     *
     * @throws IllegalStateException if the resources module is missing or its index names no current version
     */
    public static ConsentNotices load() {
        Properties index = new Properties();
        try (InputStream in = resource("notices.properties")) {
            index.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the consent notice index " + ROOT + "notices.properties", e);
        }
        String current = index.getProperty("current", "").strip();
        if (current.isEmpty()) {
            throw new IllegalStateException(ROOT + "notices.properties names no current version (current=...)");
        }
        List<String> languages = Arrays.stream(index.getProperty("languages", "en").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new ConsentNotices(current, languages);
    }

    /** The version a new consent must be given for. */
    public String currentVersion() {
        return current;
    }

    /** The current notice in {@code locale}'s language, or in English when there is no translation. */
    public ConsentNotice current(Locale locale) {
        return notice(current, locale);
    }

    /**
     * A given version in {@code locale}'s language (English when untranslated), e.g. to show what a customer agreed to.
     *
     * @throws IllegalArgumentException if no text of that version exists
     */
    public ConsentNotice notice(String version, Locale locale) {
        if (version == null || !version.matches("[A-Za-z0-9.-]{1,40}")) {
            throw new IllegalArgumentException("not a consent notice version: " + version);
        }
        Locale language = languages.contains(locale.getLanguage()) ? Locale.forLanguageTag(locale.getLanguage()) : FALLBACK;
        try (InputStream in = resource(version + "_" + language.getLanguage() + ".txt")) {
            return new ConsentNotice(version, language, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read consent notice " + version, e);
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException("no consent notice " + version + " in " + language + ": " + e.getMessage(), e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = ConsentNotices.class.getClassLoader().getResourceAsStream(ROOT + name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + ROOT + name + " (is palmpos-resources on the classpath?)");
        }
        return in;
    }
}
