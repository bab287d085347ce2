package com.palmpos.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.app.cli.Cli;
import com.palmpos.app.cli.GuiCommand;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The launcher shows the start-up window before parsing only for a command line that starts the terminal. */
class LauncherTest {
    @Test
    void knowsEveryCommandThatDoesNotStartTheTerminal() {
        Set<String> commands = new HashSet<>(Cli.create(new GuiCommand(), Launcher.moduleCommands())
                .getSubcommands().keySet());
        commands.remove("gui");

        assertThat(Launcher.OTHER_COMMANDS).isEqualTo(commands);
    }

    @Test
    void startsTheTerminalWithNoCommandOrGuiAndItsOptions() {
        assertThat(Launcher.startsTerminal()).isTrue();
        assertThat(Launcher.startsTerminal("gui")).isTrue();
        assertThat(Launcher.startsTerminal("--data", "/srv/till")).isTrue();
        assertThat(Launcher.startsTerminal("gui", "--data", "/srv/till")).isTrue();
    }

    @Test
    void showsNoWindowForOtherCommandsOrHelp() {
        assertThat(Launcher.startsTerminal("soak", "--minutes", "3")).isFalse();
        assertThat(Launcher.startsTerminal("--data", "/srv/till", "audit")).isFalse();
        assertThat(Launcher.startsTerminal("--help")).isFalse();
        assertThat(Launcher.startsTerminal("gui", "-h")).isFalse();
        assertThat(Launcher.startsTerminal("-V")).isFalse();
    }
}
