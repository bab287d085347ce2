package com.palmpos.app.cli;

import com.palmpos.app.Terminal;
import com.palmpos.app.config.Config;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Starts the terminal: the cashier window, the companion window and everything behind them. */
@Command(name = "gui", description = "Start the terminal (the default when no command is given).",
        mixinStandardHelpOptions = true)
public final class GuiCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Override
    public Integer call() throws Exception {
        Config config = options.load();
        try (Terminal terminal = Terminal.open(config)) {
            terminal.runUntilClosed();
        }
        return 0;
    }
}
