package com.palmpos.ui.internal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.ui.TerminalInfo;
import com.palmpos.ui.UiSettings;
import com.palmpos.ui.internal.i18n.Messages;
import com.palmpos.ui.internal.shell.ShellViewModel.Screen;
import com.palmpos.ui.task.ImmediateTaskRunner;
import com.palmpos.ui.testing.InMemoryManagerAuthenticator;
import com.palmpos.ui.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ShellViewModelTest {

    private final MutableClock clock = MutableClock.utcAt("2026-11-25T22:30:00Z");
    private final InMemoryManagerAuthenticator authenticator = new InMemoryManagerAuthenticator(clock).withPin("2468");
    private final ShellViewModel shell = ShellViewModel.create(Messages.forLocale(Locale.ENGLISH),
            UiSettings.defaults().withManagerSessionTimeout(Duration.ofMinutes(2)),
            new TerminalInfo("0.1.0", Path.of("/var/lib/palmpos")), authenticator, new ImmediateTaskRunner(), clock);

    @Test
    void startsOnTheCounter() {
        assertThat(shell.screenProperty().get()).isEqualTo(Screen.COUNTER);
    }

    @Test
    void managerButtonAsksForThePin() {
        shell.openManager();

        assertThat(shell.screenProperty().get()).isEqualTo(Screen.PIN_PAD);
        assertThat(shell.pinPad().promptProperty().get()).isEqualTo("Enter the manager PIN");
    }

    @Test
    void rightPinOpensManagerHome() {
        login("2468");

        assertThat(shell.screenProperty().get()).isEqualTo(Screen.MANAGER_HOME);
        assertThat(shell.managerHome().noticeProperty().get()).isEmpty();
    }

    @Test
    void escapeOnThePinPadReturnsToTheCounter() {
        shell.openManager();
        shell.back();

        assertThat(shell.screenProperty().get()).isEqualTo(Screen.COUNTER);
    }

    @Test
    void forcedChangeEndsInManagerHomeWithANotice() {
        InMemoryManagerAuthenticator fresh = new InMemoryManagerAuthenticator(clock);
        ShellViewModel firstRun = ShellViewModel.create(Messages.forLocale(Locale.ENGLISH), UiSettings.defaults(),
                new TerminalInfo("0.1.0", Path.of("data")), fresh, new ImmediateTaskRunner(), clock);
        firstRun.openManager();
        for (String entry : new String[] {"0000", "4821", "4821"}) {
            entry.chars().forEach(c -> firstRun.pinPad().digit(c - '0'));
            firstRun.pinPad().submit();
        }

        assertThat(firstRun.screenProperty().get()).isEqualTo(Screen.MANAGER_HOME);
        assertThat(firstRun.managerHome().noticeProperty().get()).isEqualTo("PIN changed.");
    }

    @Test
    void backToCounterKeepsTheManagerAreaOpenForTheGracePeriod() {
        login("2468");
        shell.backToCounter();
        clock.advance(Duration.ofSeconds(90));

        shell.openManager();

        assertThat(shell.screenProperty().get()).isEqualTo(Screen.MANAGER_HOME);
    }

    @Test
    void managerAreaAsksForThePinAgainAfterTheGracePeriod() {
        login("2468");
        shell.backToCounter();
        clock.advance(Duration.ofMinutes(3));

        shell.openManager();

        assertThat(shell.screenProperty().get()).isEqualTo(Screen.PIN_PAD);
    }

    @Test
    void lockAsksForThePinNextTime() {
        login("2468");
        shell.lock();
        shell.openManager();

        assertThat(shell.screenProperty().get()).isEqualTo(Screen.PIN_PAD);
    }

    @Test
    void cancellingAPinChangeReturnsToManagerHome() {
        login("2468");
        shell.changePin();
        assertThat(shell.pinPad().promptProperty().get()).isEqualTo("Enter the current PIN");

        shell.back();

        assertThat(shell.screenProperty().get()).isEqualTo(Screen.MANAGER_HOME);
    }

    @Test
    void managerHomeListsTheTerminalFacts() {
        assertThat(shell.managerHome().rows()).extracting(row -> row.label() + "=" + row.value())
                .containsExactly("Store=PalmPOS Store", "Terminal=Counter 1", "Version=0.1.0",
                        "Data directory=" + Path.of("/var/lib/palmpos"));
    }

    private void login(String pin) {
        shell.openManager();
        pin.chars().forEach(c -> shell.pinPad().digit(c - '0'));
        shell.pinPad().submit();
    }
}
