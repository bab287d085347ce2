package com.palmpos.app.config;

/**
 * The configuration cannot be used. The message is one line naming the key, the bad value and what is allowed;
 * the CLI prints it and exits with code 2.
 */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }
}
