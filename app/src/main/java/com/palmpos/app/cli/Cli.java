package com.palmpos.app.cli;

import com.palmpos.app.config.ConfigException;
import java.io.PrintWriter;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Builds the {@code palmpos} command line: the root, the app's own commands and the commands each module
 * contributes. Errors the user can fix are printed as one line; the stack trace goes to the log only.
 */
public final class Cli {
    /** Exit code for a bad command line or configuration. */
    public static final int EXIT_USAGE = 2;
    /** Exit code for a failure at run time. */
    public static final int EXIT_FAILURE = 1;

    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    private Cli() {
    }

    /** The command line with every subcommand registered; {@code gui} is what runs the terminal. */
    public static CommandLine create(GuiCommand gui, List<Object> moduleCommands) {
        CommandLine commandLine = new CommandLine(new PalmPosCommand(gui));
        commandLine.addSubcommand("gui", gui);
        commandLine.addSubcommand(new ConfigCommand());
        moduleCommands.forEach(commandLine::addSubcommand);
        commandLine.setExecutionExceptionHandler(Cli::handle);
        return commandLine;
    }

    private static int handle(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof ConfigException) {
            err.println("palmpos: " + e.getMessage());
            err.flush();
            return EXIT_USAGE;
        }
        // the sentence goes to the console, the stack trace only to the file log (INFO is below the console's level)
        LOG.info("Command failed", e);
        err.println("palmpos: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
        err.flush();
        return EXIT_FAILURE;
    }
}
