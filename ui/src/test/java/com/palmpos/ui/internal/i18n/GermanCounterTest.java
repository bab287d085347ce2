package com.palmpos.ui.internal.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.ui.port.CardTerminal;
import com.palmpos.pos.menu.ServiceMode;
import com.palmpos.pos.order.LineRequest;
import com.palmpos.pos.order.Order;
import com.palmpos.ui.internal.session.CounterSession;
import com.palmpos.ui.internal.counter.CounterViewModel;
import com.palmpos.ui.internal.counter.OrderEditor;
import com.palmpos.ui.internal.payment.PaymentSettings;
import com.palmpos.ui.internal.payment.PaymentViewModel;
import com.palmpos.ui.task.ImmediateTaskRunner;
import com.palmpos.ui.testing.ManualDelay;
import com.palmpos.ui.testing.ScriptedPalmReader;
import com.palmpos.ui.testing.TestCounter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A German terminal shows the pos module's refusals in German, through the real services and view models. */
class GermanCounterTest {

    @TempDir
    static Path dir;
    private static TestCounter counter;

    private final CounterSession session = new CounterSession(counter.servicesWith(new ScriptedPalmReader()),
            new ImmediateTaskRunner(), Messages.forLocale(Locale.GERMANY));

    @BeforeAll
    static void services() {
        counter = new TestCounter(dir);
    }

    @AfterAll
    static void close() {
        counter.close();
    }

    @Test
    void soldOutItemIsRefusedInGerman() {
        counter.pos.menus().markUnavailable("sparkling-water", "staff-test");
        try {
            OrderEditor editor = new CounterViewModel(session).order().editor();
            editor.add(LineRequest.of("sparkling-water", null), "Sparkling water");

            assertThat(editor.messageIsErrorProperty().get()).isTrue();
            assertThat(editor.messageProperty().get())
                    .startsWith("Nicht ausgef\u00fchrt: Sparkling water ist ausverkauft.")
                    .doesNotContain("86'd", "sold out");
        } finally {
            counter.pos.menus().markAvailable("sparkling-water");
        }
    }

    @Test
    void sentLineCannotBeRemovedSaysSoInGerman() {
        OrderEditor editor = new CounterViewModel(session).order().editor();
        editor.add(LineRequest.of("lemonade", null), "Lemonade");
        editor.sendToKitchen();
        var line = session.orderProperty().get().lines().get(0);

        editor.remove(line.lineId());

        assertThat(editor.messageProperty().get()).isEqualTo("Nicht ausgef\u00fchrt: " + line.name()
                + " wurde schon an die K\u00fcche geschickt. Der K\u00fcche Bescheid geben oder die Bestellung"
                + " stornieren.");
    }

    @Test
    void declinedCardIsExplainedInGerman() {
        Order order = counter.services.orders().open(ServiceMode.DINE_IN, "", counter.services.staffId());
        session.orderProperty().set(counter.services.orders().addItem(order.id(), LineRequest.of("lemonade", null)));
        PaymentViewModel payment = new PaymentViewModel(session, CardTerminal.localTestCard(), (o, id, who, status) -> {
        }, new ManualDelay(), new PaymentSettings(Duration.ofSeconds(20), Duration.ofSeconds(5)), () -> { });
        counter.gateway.decline("insufficient_funds");
        try {
            payment.payCard();
        } finally {
            counter.gateway.approve();
        }

        assertThat(payment.messageProperty().get()).isEqualTo("Karte abgelehnt. Die Karte ist f\u00fcr diesen Betrag"
                + " nicht gedeckt. Um eine andere Karte oder Bargeld bitten.");
    }
}
