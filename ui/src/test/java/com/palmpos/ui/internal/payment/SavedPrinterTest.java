package com.palmpos.ui.internal.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.ui.port.CardTerminal;
import com.palmpos.pos.menu.ServiceMode;
import com.palmpos.pos.order.LineRequest;
import com.palmpos.pos.order.Order;
import com.palmpos.pos.print.PrinterChoice;
import com.palmpos.pos.print.SettingsPrinter;
import com.palmpos.pos.settings.TerminalSettingStore;
import com.palmpos.ui.CounterServices;
import com.palmpos.ui.internal.session.CounterSession;
import com.palmpos.ui.internal.i18n.Messages;
import com.palmpos.ui.task.ImmediateTaskRunner;
import com.palmpos.ui.testing.ManualDelay;
import com.palmpos.ui.testing.ScriptedPalmReader;
import com.palmpos.ui.testing.TestCounter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pay screen's receipt step follows the printer the manager saved (real settings store on an H2 file). */
class SavedPrinterTest {
    @TempDir
    Path dir;
    private TestCounter counter;
    private TerminalSettingStore settings;
    private Path receipts;
    private CounterSession session;

    @BeforeEach
    void open() {
        counter = new TestCounter(dir);
        settings = new TerminalSettingStore(counter.database, counter.clock);
        receipts = dir.resolve("saved-printer-receipts");
        CounterServices s = counter.servicesWith(new ScriptedPalmReader());
        CounterServices withSavedPrinter = new CounterServices(s.clock(), s.settings(), s.staffId(), s.menus(),
                s.orders(), s.payments(), s.loyalty(), s.customers(), s.insights(), s.shifts(), s.reports(), s.staff(),
                s.palm(), SettingsPrinter.following(settings, PrinterChoice.NONE, receipts, counter.clock), s.audit(),
                s.palmPayments(), s.enrollment(), s.cards());
        session = new CounterSession(withSavedPrinter, new ImmediateTaskRunner(), Messages.forLocale(Locale.ENGLISH));
    }

    @AfterEach
    void close() {
        counter.close();
    }

    @Test
    void withNoPrinterSavedTheReceiptStepOffersNoPrinting() throws IOException {
        PaymentViewModel model = paidSale();

        assertThat(model.printerSetUp()).isFalse();
        model.noReceipt();
        assertThat(printed()).isEmpty();
    }

    @Test
    void aPrinterSavedByTheManagerIsUsedForTheNextReceiptWithoutARestart() throws IOException {
        PaymentViewModel before = paidSale();
        assertThat(before.printerSetUp()).isFalse();
        before.noReceipt();

        settings.putAll(Map.of("printer.kind", "file"), "manager");
        PaymentViewModel after = paidSale();
        after.printReceipt();

        assertThat(after.printerSetUp()).isTrue();
        assertThat(printed()).singleElement().satisfies(f -> assertThat(f.getFileName().toString()).contains("receipt-"));
        assertThat(session.orderProperty().get()).as("the sale finished after printing").isNull();
    }

    private PaymentViewModel paidSale() {
        var services = session.services();
        Order order = services.orders().open(ServiceMode.TAKEOUT, "", services.staffId());
        order = services.orders().addItem(order.id(), LineRequest.of("lemonade", null));
        session.orderProperty().set(order);
        PaymentViewModel model = new PaymentViewModel(session, CardTerminal.localTestCard(), PalmPaymentAudit.LOGGING,
                new ManualDelay(), new PaymentSettings(Duration.ofSeconds(20), Duration.ofSeconds(5)), () -> { });
        model.payCash(model.quickCash().get(0));
        return model;
    }

    private java.util.List<Path> printed() throws IOException {
        if (!Files.isDirectory(receipts)) {
            return java.util.List.of();
        }
        try (Stream<Path> files = Files.list(receipts)) {
            return files.toList();
        }
    }
}
