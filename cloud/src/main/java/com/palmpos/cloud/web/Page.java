package com.palmpos.cloud.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;

/**
 * What every page template gets: the language and its texts, the session's CSRF token for forms, and where the same
 * page is in the other language. Immutable.
 */
public record Page(String lang, Texts texts, String csrf, String rest, Map<String, String> errors) {

    /** The text {@code key} in this page's language. */
    public String t(String key, Object... args) {
        return texts.get(key, args);
    }

    /** A path of this site in the page's language, e.g. {@code url("/signup")} -> {@code /web/de/signup}. */
    public String url(String path) {
        return "/web/" + lang + path;
    }

    public String otherLang() {
        return "en".equals(lang) ? "de" : "en";
    }

    /** This page in the other language. */
    public String otherUrl() {
        return "/web/" + otherLang() + rest;
    }

    public String otherLangName() {
        return "en".equals(lang) ? "Deutsch" : "English";
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    /** The message for {@code field}, or an empty string. */
    public String error(String field) {
        String key = errors.get(field);
        return key == null ? "" : t(key);
    }

    public List<Map.Entry<String, String>> errorList() {
        return errors.entrySet().stream().map(e -> Map.entry(e.getKey(), t(e.getValue()))).toList();
    }

    /** A date and time in the page's language, in the cloud's time zone. */
    public String dateTime(Instant at) {
        if (at == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(texts.locale())
                .withZone(ZoneId.systemDefault()).format(at);
    }

    Page withErrors(Map<String, String> problems) {
        return new Page(lang, texts, csrf, rest, java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(problems)));
    }
}
