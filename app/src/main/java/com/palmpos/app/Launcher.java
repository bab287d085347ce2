package com.palmpos.app;

import com.palmpos.app.cli.CaptureCommand;
import com.palmpos.app.cli.Cli;
import com.palmpos.app.cli.GuiCommand;
import com.palmpos.app.simulate.SimulateCommand;
import com.palmpos.app.simulate.SoakCommand;
import com.palmpos.app.support.AuditCommand;
import com.palmpos.app.support.KeysCommand;
import com.palmpos.app.support.PrivacyCommand;
import com.palmpos.scanner.cli.BenchIdentifyCommand;
import com.palmpos.scanner.cli.EvalCommand;
import com.palmpos.scanner.cli.SynthCommand;
import com.palmpos.cloud.cli.CloudCommand;
import com.palmpos.ui.StartupSplash;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The program's entry point. Deliberately not a JavaFX {@code Application}: with JavaFX on the class path a main
 * class extending it fails with "JavaFX runtime components are missing".
 */
public final class Launcher {
    private Launcher() {
    }

    /** Every command but {@code gui}: a command line naming none of them starts the terminal (LauncherTest). */
    static final Set<String> OTHER_COMMANDS = Set.of("config", "eval", "synth", "capture", "bench-identify", "cloud",
            "simulate", "soak", "privacy", "audit", "keys");
    private static final Set<String> NO_START = Set.of("-h", "--help", "-V", "--version", "help");

    public static void main(String[] args) {
        // the start-up window first: JavaFX starts while the command line is parsed and logging set up
        Optional<StartupSplash> early = startsTerminal(args) ? Optional.of(StartupSplash.show()) : Optional.empty();
        System.exit(Cli.create(new GuiCommand(early), moduleCommands()).execute(args));
    }

    /** Runs the command line and returns its exit code. */
    static int run(String... args) {
        return Cli.create(new GuiCommand(), moduleCommands()).execute(args);
    }

    /** True if {@code args} start the terminal (no command or {@code gui}, and no help or version request). */
    static boolean startsTerminal(String... args) {
        return Arrays.stream(args).noneMatch(a -> OTHER_COMMANDS.contains(a) || NO_START.contains(a));
    }

    /** Commands contributed by the modules, in the order {@code --help} lists them. */
    static List<Object> moduleCommands() {
        return List.of(new EvalCommand(), new SynthCommand(), new CaptureCommand(), new BenchIdentifyCommand(),
                new CloudCommand(), new SimulateCommand(), new SoakCommand(), new PrivacyCommand(), new AuditCommand(),
                new KeysCommand());
    }
}
