package com.palmpos.app.config;

/**
 * One documented configuration key.
 *
 * @param name         as written in the file, e.g. {@code ui.theme}; the environment form is
 *                     {@code PALMPOS_UI_THEME}
 * @param defaultValue used when no source sets the key
 * @param description  one line for {@code palmpos config} and the README
 */
public record ConfigKey<T>(String name, ValueType<T> type, String defaultValue, String description) {

    /** The environment variable that sets this key. */
    public String environmentName() {
        return "PALMPOS_" + name.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    T parse(String text, String source) {
        try {
            return type.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("configuration key '" + name + "' (" + source + ") has bad value '" + text
                    + "': allowed is " + type.allowed());
        }
    }
}
