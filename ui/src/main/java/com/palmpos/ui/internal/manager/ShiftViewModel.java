package com.palmpos.ui.internal.manager;

import com.palmpos.pos.money.Money;
import com.palmpos.pos.print.ReceiptPrinter;
import com.palmpos.pos.staff.Shift;
import com.palmpos.pos.staff.ShiftService;
import com.palmpos.ui.internal.i18n.Messages;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Shift and end of day: open a shift with its float, close it with the counted cash (over/short shown), the day's
 * report as text in the manager's language, printed on the terminal's printer. UI thread only; services run on the
 * task runner.
 */
public final class ShiftViewModel implements PageModel {

    private final ManagerContext context;
    private final Feedback feedback = new Feedback();
    private final ObjectProperty<Shift> shift = new SimpleObjectProperty<>(this, "shift");
    private final ReadOnlyStringWrapper shiftText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper report = new ReadOnlyStringWrapper("");
    private final StringProperty amount = new SimpleStringProperty(this, "amount", "");

    public ShiftViewModel(ManagerContext context) {
        this.context = context;
        shift.addListener((obs, old, now) -> describe(now));
        describe(null);
    }

    @Override
    public void onShow() {
        feedback.clear();
        amount.set("");
        ShiftService shifts = context.services().shifts();
        context.tasks().run("load current shift", shifts::current, current -> shift.set(current.orElse(null)),
                failure -> feedback.error(messages().get("manager.shift.loadFailed",
                        context.errors().describe(failure))));
        refreshReport();
    }

    /** Opens a shift with the amount typed as the float, or closes the open one with it as the counted cash. */
    public void submitAmount() {
        if (feedback.isBusy()) {
            return;
        }
        Optional<Money> typed = AmountInput.parse(amount.get(), currency());
        if (typed.isEmpty()) {
            feedback.error(messages().get("manager.shift.badAmount", amount.get().strip()));
            return;
        }
        if (shift.get() == null) {
            open(typed.get());
        } else {
            close(shift.get(), typed.get());
        }
    }

    private void open(Money openingFloat) {
        Messages messages = messages();
        feedback.busy(messages.get("manager.shift.opening"));
        ShiftService shifts = context.services().shifts();
        String staffId = context.staffId();
        context.tasks().run("open shift", () -> shifts.open(staffId, openingFloat), opened -> {
            shift.set(opened);
            amount.set("");
            feedback.ok(messages.get("manager.shift.opened", amount(openingFloat)));
        }, failure -> feedback.error(messages.get("manager.shift.failed", context.errors().describe(failure))));
    }

    private void close(Shift open, Money counted) {
        Messages messages = messages();
        feedback.busy(messages.get("manager.shift.closing"));
        ShiftService shifts = context.services().shifts();
        context.tasks().run("close shift", () -> shifts.close(open.shiftId(), counted), closed -> {
            shift.set(null);
            amount.set("");
            Money overShort = closed.overShort();
            String result = overShort.isZero() ? messages.get("manager.shift.balanced")
                    : messages.get(overShort.isPositive() ? "manager.shift.over" : "manager.shift.short",
                            amount(overShort.isNegative() ? overShort.negate() : overShort));
            feedback.ok(messages.get("manager.shift.closed", amount(closed.expectedCash()), amount(counted), result));
            refreshReport();
        }, failure -> feedback.error(messages.get("manager.shift.failed", context.errors().describe(failure))));
    }

    /** Builds today's end-of-day report again (tens of milliseconds, off the FX thread). */
    public void refreshReport() {
        LocalDate today = LocalDate.now(context.services().clock().withZone(context.services().settings().zone()));
        EndOfDayText text = new EndOfDayText(messages());
        context.tasks().run("end-of-day report", () -> text.render(context.services().reports().endOfDay(today)),
                report::set,
                failure -> feedback.error(messages().get("manager.shift.reportFailed",
                        context.errors().describe(failure))));
    }

    /** Prints the report shown on the terminal's printer (the one receipts go to, chosen on the settings page). */
    public void printReport() {
        String text = report.get();
        if (text.isEmpty() || feedback.isBusy()) {
            return;
        }
        Messages messages = messages();
        feedback.busy(messages.get("manager.shift.printing"));
        ReceiptPrinter printer = context.services().printer();
        context.tasks().run("print end-of-day report", () -> {
            if (!printer.isSetUp()) {
                return false;
            }
            printer.print("end-of-day", text);
            return true;
        }, printed -> {
            if (printed) {
                feedback.ok(messages.get("manager.shift.printed"));
            } else {
                feedback.error(messages.get("manager.shift.noPrinter"));
            }
        }, failure -> feedback.error(messages.get("manager.shift.printFailed", context.errors().describe(failure))));
    }

    private void describe(Shift current) {
        Messages messages = messages();
        shiftText.set(current == null ? messages.get("manager.shift.none")
                : messages.get("manager.shift.openSince",
                        messages.timeFormatter(context.services().settings().zone()).format(current.openedAt()),
                        current.staffId(), amount(current.openingFloat())));
    }

    private String amount(Money money) {
        return EndOfDayText.amount(money, messages().locale());
    }

    private Currency currency() {
        return context.services().menus().menu().currency();
    }

    private Messages messages() {
        return context.messages();
    }

    public ObjectProperty<Shift> shiftProperty() {
        return shift;
    }

    public ReadOnlyStringProperty shiftTextProperty() {
        return shiftText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty reportProperty() {
        return report.getReadOnlyProperty();
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public Feedback feedback() {
        return feedback;
    }
}
