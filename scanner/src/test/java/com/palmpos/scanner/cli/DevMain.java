package com.palmpos.scanner.cli;

import picocli.CommandLine;

/** Runs the scanner commands from the test classpath before the app wires them: {@code DevMain eval DIR ...}. */
public final class DevMain {
    private DevMain() {
    }

    public static void main(String[] args) {
        CommandLine cli = new CommandLine(new Root())
                .addSubcommand(new EvalCommand())
                .addSubcommand(new BenchIdentifyCommand())
                .addSubcommand(new SynthCommand());
        System.exit(cli.execute(args));
    }

    @CommandLine.Command(name = "palmpos-dev")
    static final class Root {
    }
}
