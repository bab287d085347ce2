package com.palmpos.app.cli;

import com.palmpos.app.Terminal;
import com.palmpos.app.config.Config;
import com.palmpos.app.config.ConfigKeys;
import com.palmpos.ui.StartupSplash;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Starts the terminal: the cashier window, the companion window and everything behind them. */
@Command(name = "gui", description = "Start the terminal (the default when no command is given).",
        mixinStandardHelpOptions = true)
public final class GuiCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(GuiCommand.class);

    @Mixin
    ConfigOptions options;

    /** Shown by the launcher before the command line was parsed, if it did. */
    private final Optional<StartupSplash> early;

    public GuiCommand() {
        this(Optional.empty());
    }

    /** @param early the start-up window the launcher showed already (it then also starts JavaFX early) */
    public GuiCommand(Optional<StartupSplash> early) {
        this.early = early;
    }

    @Override
    public Integer call() throws Exception {
        Config config;
        try {
            config = options.load();
        } catch (RuntimeException e) {
            early.ifPresent(StartupSplash::abandon);
            throw e;
        }
        // on screen within a second; the toolkit starts while the store opens
        StartupSplash splash = early.orElseGet(StartupSplash::show);
        splash.storeName(config.get(ConfigKeys.STORE_NAME));
        // the FX thread is idle while the store opens: it parses the theme meanwhile
        splash.warmUp(Terminal.uiSettings(config).theme());
        Terminal opened;
        try {
            opened = Terminal.open(config, splash::status);
        } catch (RuntimeException e) {
            splash.abandon();
            throw e;
        }
        // the splash may show before the log file is set up (Terminal.open sets it up): logged here
        splash.shownAfterMillis().thenAccept(ms -> LOG.info("Start-up window shown {} ms after JVM start", ms));
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
