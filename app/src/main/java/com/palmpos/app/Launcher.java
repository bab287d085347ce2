package com.palmpos.app;

import com.palmpos.app.cli.CaptureCommand;
import com.palmpos.app.cli.Cli;
import com.palmpos.app.cli.GuiCommand;
import com.palmpos.app.simulate.SimulateCommand;
import com.palmpos.app.simulate.SoakCommand;
import com.palmpos.app.support.AuditCommand;
import com.palmpos.app.support.PrivacyCommand;
import com.palmpos.scanner.cli.BenchIdentifyCommand;
import com.palmpos.scanner.cli.EvalCommand;
import com.palmpos.scanner.cli.SynthCommand;
import com.palmpos.cloud.cli.CloudCommand;
import java.util.List;

/**
 * The program's entry point. Deliberately not a JavaFX {@code Application}: with JavaFX on the class path a main
 * class extending it fails with "JavaFX runtime components are missing".
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code. */
    static int run(String... args) {
        return Cli.create(new GuiCommand(), moduleCommands()).execute(args);
    }

    /** Commands contributed by the modules, in the order {@code --help} lists them. */
    static List<Object> moduleCommands() {
        return List.of(new EvalCommand(), new SynthCommand(), new CaptureCommand(), new BenchIdentifyCommand(),
                new CloudCommand(), new SimulateCommand(), new SoakCommand(), new PrivacyCommand(), new AuditCommand());
    }
}
