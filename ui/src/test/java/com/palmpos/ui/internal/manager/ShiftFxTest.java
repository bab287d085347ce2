package com.palmpos.ui.internal.manager;

import static com.palmpos.ui.testing.FxQueries.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.pos.money.Money;
import com.palmpos.pos.staff.Shift;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Journey 7: open a shift, sell for cash, close it short, read and print the end-of-day report. */
class ShiftFxTest extends ManagerFxTestBase {

    @Test
    void shiftClosedShortShowsTheDifferenceAndTheReportPrintsToAFile() throws IOException {
        openManagerHub();
        robot.push(KeyCode.F3);
        waitUntil(() -> fx.isShown("#page-shift") && fx.text("#shift-state").startsWith("No shift"));

        fill("#shift-amount", "150.00");
        robot.type(KeyCode.ENTER);
        waitForFeedback("Shift opened with a float of 150.00");
        assertThat(counter.services.shifts().current()).map(Shift::openingFloat)
                .contains(Money.parse("150.00", currency()));

        Money total = sellForCash();
        robot.push(KeyCode.ESCAPE);
        robot.push(KeyCode.F3);
        waitUntil(() -> fx.text("#shift-state").startsWith("Shift open since"));
        Money counted = Money.parse("150.00", currency()).plus(total).minus(Money.parse("2.50", currency()));
        fill("#shift-amount", counted.toPlainString());
        robot.clickOn("#shift-submit");

        waitForFeedback("Shift closed.");
        assertThat(fx.text("#manager-feedback")).endsWith("short by 2.50.");
        assertThat(counter.services.shifts().current()).isEmpty();
        waitUntil(() -> fx.text("#shift-report").contains("Orders"));
        assertThat(fx.text("#shift-report")).contains("END OF DAY").contains(total.toPlainString());

        counter.terminalSettings.putAll(Map.of("printer.kind", "none"), "test");
        robot.push(KeyCode.F9);
        waitForFeedback("No printer is set up");
        counter.terminalSettings.putAll(Map.of("printer.kind", "file"), "test");
        robot.clickOn("#shift-print");
        waitForFeedback("Report printed.");
        try (Stream<Path> files = Files.list(dataDir.resolve("receipts"))) {
            List<Path> printed = files.toList();
            assertThat(printed).hasSize(1);
            assertThat(Files.readString(printed.get(0))).contains("END OF DAY");
        }
    }

    @Test
    void refusesAnAmountThatIsNotOne() {
        openManagerHub();
        robot.push(KeyCode.F3);
        waitUntil(() -> fx.isShown("#page-shift"));

        fill("#shift-amount", "12x");
        robot.type(KeyCode.ENTER);

        waitForFeedback("'12x' is not an amount: type it like 150.00.");
    }

    private Money sellForCash() {
        return Sales.paidOrder(counter.services, 1).totals().total();
    }

    private static java.util.Currency currency() {
        return counter.services.menus().menu().currency();
    }
}
