package com.palmpos.app.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;

/**
 * Builds a {@link Config} from, in rising precedence: defaults, the configuration file, {@code PALMPOS_*}
 * environment variables. A key nobody knows (a typo) or a bad value is refused with a one-line
 * {@link ConfigException}. Cheap; reads one small file.
 */
public final class ConfigLoader {
    /** File read from the data directory when no {@code --config} is given and it exists. */
    public static final String DEFAULT_FILE_NAME = "palmpos.properties";
    static final String ENV_DATA = "PALMPOS_DATA";
    static final String ENV_CONFIG = "PALMPOS_CONFIG";
    /** Base64 of 32 random bytes; replaces the key store in the data directory. Never printed. */
    static final String ENV_MASTER_KEY = "PALMPOS_MASTER_KEY";

    private final Map<String, String> environment;
    private final Path home;

    /**
     * @param environment the process environment ({@code System.getenv()} in production)
     * @param home        the user's home directory, parent of the default data directory
     */
    public ConfigLoader(Map<String, String> environment, Path home) {
        this.environment = Map.copyOf(environment);
        this.home = home;
    }

    /**
     * @param configFile {@code --config}, if given: it must exist
     * @param dataDir    {@code --data}, if given
     */
    public Config load(Optional<Path> configFile, Optional<Path> dataDir) {
        Path data = dataDir.or(() -> Optional.ofNullable(environment.get(ENV_DATA)).map(Path::of))
                .orElse(home.resolve(".palmpos"));
        Optional<Path> explicitFile = configFile.or(() -> Optional.ofNullable(environment.get(ENV_CONFIG)).map(Path::of));
        Optional<Path> file = explicitFile.or(() -> Optional.of(data.resolve(DEFAULT_FILE_NAME)).filter(Files::isRegularFile));

        Map<String, Object> values = new HashMap<>();
        Map<String, String> sources = new HashMap<>();
        for (ConfigKey<?> key : ConfigKeys.ALL) {
            values.put(key.name(), key.parse(key.defaultValue(), "default"));
            sources.put(key.name(), "default");
        }
        if (file.isPresent()) {
            Properties properties = read(file.get());
            for (String name : new TreeSet<>(properties.stringPropertyNames())) {
                ConfigKey<?> key = ConfigKeys.byName(name).orElseThrow(() -> unknown(name, file.get().toString()));
                String source = file.get().toString();
                values.put(name, key.parse(properties.getProperty(name), source));
                sources.put(name, source);
            }
        }
        for (String variable : new TreeSet<>(environment.keySet())) {
            if (!variable.startsWith("PALMPOS_") || variable.equals(ENV_DATA) || variable.equals(ENV_CONFIG)
                    || variable.equals(ENV_MASTER_KEY)) {
                continue;
            }
            ConfigKey<?> key = ConfigKeys.byEnvironmentName(variable)
                    .orElseThrow(() -> unknown(variable, "environment"));
            values.put(key.name(), key.parse(environment.get(variable), "environment " + variable));
            sources.put(key.name(), "environment " + variable);
        }
        return new Config(data.toAbsolutePath().normalize(), file, values, sources,
                Optional.ofNullable(environment.get(ENV_MASTER_KEY)));
    }

    private static Properties read(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
            return properties;
        } catch (NoSuchFileException e) {
            throw new ConfigException("configuration file " + file + " does not exist: create it or leave out --config");
        } catch (CharacterCodingException e) {
            throw new ConfigException("configuration file " + file + " is not UTF-8 text: save it as UTF-8");
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException("cannot read configuration file " + file + ": " + e.getMessage());
        }
    }

    private static ConfigException unknown(String name, String source) {
        String hint = ConfigKeys.closest(name.startsWith("PALMPOS_") ? name.substring(8).toLowerCase().replace('_', '.') : name)
                .map(k -> " (did you mean '" + k + "'?)").orElse("");
        return new ConfigException("unknown configuration key '" + name + "' in " + source + hint
                + ": see 'palmpos config' for the keys");
    }
}
