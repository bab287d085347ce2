package com.palmpos.app.cli;

import com.palmpos.app.config.Config;
import com.palmpos.app.config.ConfigLoader;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --config FILE} and {@code --data DIR}, mixed into every command that uses the terminal's configuration. */
public final class ConfigOptions {
    @Option(names = "--config", paramLabel = "FILE",
            description = "configuration file (default: <data>/palmpos.properties when it exists; env PALMPOS_CONFIG)")
    Path configFile;

    @Option(names = "--data", paramLabel = "DIR",
            description = "data directory for the database, logs and keys (default: ~/.palmpos; env PALMPOS_DATA)")
    Path dataDir;

    /** Loads and validates the configuration; throws {@link com.palmpos.app.config.ConfigException} when it is wrong. */
    public Config load() {
        return new ConfigLoader(System.getenv(), Path.of(System.getProperty("user.home")))
                .load(Optional.ofNullable(configFile), Optional.ofNullable(dataDir));
    }
}
