package com.palmpos.app.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The validated configuration of one run: every key has a typed value and the source it came from.
 * Immutable and thread-safe.
 */
public final class Config {
    private final Path dataDir;
    private final Optional<Path> configFile;
    private final Map<String, Object> values;
    private final Map<String, String> sources;
    private final Optional<String> masterKey;

    Config(Path dataDir, Optional<Path> configFile, Map<String, Object> values, Map<String, String> sources,
            Optional<String> masterKey) {
        this.masterKey = masterKey;
        this.dataDir = dataDir;
        this.configFile = configFile;
        this.values = Map.copyOf(values);
        this.sources = Map.copyOf(sources);
    }

    /** The directory holding the database, logs and keys (default {@code ~/.palmpos}). */
    public Path dataDir() {
        return dataDir;
    }

    /** The configuration file that was read, if any. */
    public Optional<Path> configFile() {
        return configFile;
    }

    /** The master key from {@code PALMPOS_MASTER_KEY}, if set; never print it. */
    public Optional<String> masterKey() {
        return masterKey;
    }

    @Override
    public String toString() {
        return "Config[dataDir=" + dataDir + ", file=" + configFile.orElse(null) + ", values=" + values + "]";
    }

    /** The typed value of {@code key}. */
    public <T> T get(ConfigKey<T> key) {
        @SuppressWarnings("unchecked")
        T value = (T) values.get(key.name());
        return value;
    }

    /** Where the value of {@code key} came from: {@code default}, the file, or the environment variable. */
    public String sourceOf(ConfigKey<?> key) {
        return sources.get(key.name());
    }
}
