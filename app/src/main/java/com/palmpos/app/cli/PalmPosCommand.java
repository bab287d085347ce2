package com.palmpos.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * The {@code palmpos} command. With no subcommand it starts the terminal, as {@code gui} does. Each module
 * contributes its own subcommands; {@link Cli} registers them.
 */
@Command(name = "palmpos", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Counter point-of-sale that recognises returning customers by their palm.",
        footer = {"", "Exit codes: 0 success, 1 failure, 2 bad command line or configuration."})
public final class PalmPosCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    private final GuiCommand gui;

    PalmPosCommand(GuiCommand gui) {
        this.gui = gui;
    }

    @Override
    public Integer call() throws Exception {
        gui.options = options;
        return gui.call();
    }
}
