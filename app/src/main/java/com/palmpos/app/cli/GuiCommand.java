package com.palmpos.app.cli;

import com.palmpos.app.Terminal;
import com.palmpos.app.config.Config;
import com.palmpos.app.config.ConfigKeys;
import com.palmpos.ui.StartupSplash;
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
        // on screen within a second; the toolkit starts while the store opens
        StartupSplash splash = StartupSplash.show(config.get(ConfigKeys.STORE_NAME));
        Terminal opened;
        try {
            opened = Terminal.open(config);
        } catch (RuntimeException e) {
            splash.abandon();
            throw e;
        }
        try (Terminal terminal = opened) {
            // logout, shutdown or SIGTERM: stop the workers and close the database in order before the JVM exits
            Thread hook = new Thread(terminal::close, "palmpos-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            terminal.runUntilClosed(splash);
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook is running or will run: it closes the terminal
            }
        }
        return 0;
    }
}
