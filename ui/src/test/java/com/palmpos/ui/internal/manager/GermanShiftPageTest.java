package com.palmpos.ui.internal.manager;

import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.pos.money.Money;
import com.palmpos.ui.TerminalInfo;
import com.palmpos.ui.UiSettings;
import com.palmpos.ui.internal.session.CounterSession;
import com.palmpos.ui.internal.i18n.Messages;
import com.palmpos.ui.port.SyncStatusSource;
import com.palmpos.ui.task.ImmediateTaskRunner;
import com.palmpos.ui.testing.InMemoryManagerAuthenticator;
import com.palmpos.ui.testing.TestCounter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shift page of a German terminal: German refusals and a German end-of-day report, without FX. */
class GermanShiftPageTest {

    @TempDir
    static Path dir;
    static TestCounter counter;

    @BeforeAll
    static void services() {
        counter = new TestCounter(dir);
    }

    @AfterAll
    static void close() {
        counter.close();
    }

    @Test
    void showsTheEndOfDayReportAndAShiftRefusalInGerman() {
        Sales.paidOrder(counter.services, 1);
        CounterSession session = new CounterSession(counter.services, new ImmediateTaskRunner(),
                Messages.forLocale(Locale.GERMANY));
        ShiftViewModel page = new ShiftViewModel(new ManagerContext(session, SyncStatusSource.notConnected(),
                Optional.empty(), new InMemoryManagerAuthenticator(Clock.systemUTC()).withPin("4821"),
                new TerminalInfo("test", dir), UiSettings.defaults()));
        page.refreshReport();

        assertThat(page.reportProperty().get()).contains("TAGESABSCHLUSS", "Bestellungen", "Nettoumsatz")
                .doesNotContain("END OF DAY");

        // another screen opened a shift since the page was shown
        counter.services.shifts().open("staff-other", Money.zero(counter.services.menus().menu().currency()));
        page.amountProperty().set("100");
        page.submitAmount();

        assertThat(page.feedback().textProperty().get())
                .startsWith("Die Schicht konnte nicht ge\u00e4ndert werden: Eine Schicht, die staff-other um ")
                .endsWith("ist an diesem Terminal noch offen. Zuerst diese schlie\u00dfen.");
        assertThat(page.feedback().kindProperty().get()).isEqualTo(Feedback.Kind.ERROR);
    }
}
