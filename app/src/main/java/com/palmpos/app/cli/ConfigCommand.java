package com.palmpos.app.cli;

import com.palmpos.app.config.Config;
import com.palmpos.app.config.ConfigKey;
import com.palmpos.app.config.ConfigKeys;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Shows every configuration key with its effective value and where that value came from. */
@Command(name = "config", description = "Validate the configuration and show every key, its value and its source.",
        mixinStandardHelpOptions = true)
public final class ConfigCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Config config = options.load();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("data directory: %s%n", config.dataDir());
        out.printf("configuration file: %s%n", config.configFile().map(Object::toString).orElse("(none)"));
        out.printf("%-16s %-26s %-24s %s%n", "KEY", "VALUE", "SOURCE", "MEANING");
        for (ConfigKey<?> key : ConfigKeys.ALL) {
            out.printf("%-16s %-26s %-24s %s (%s)%n", key.name(), config.get(key), config.sourceOf(key),
                    key.description(), key.type().allowed());
        }
        out.flush();
        return 0;
    }
}
