package com.palmpos.ui.internal.counter;

import static com.palmpos.ui.testing.FxQueries.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.pos.enrollment.SimulatedCardReader;
import com.palmpos.pos.order.Order;
import com.palmpos.pos.order.OrderStatus;
import com.palmpos.pos.order.TenderStatus;
import com.palmpos.pos.order.TenderType;
import com.palmpos.sync.api.RegisterTerminalRequest;
import com.palmpos.sync.client.CloudClient;
import com.palmpos.sync.client.SyncSettings;
import com.palmpos.cloud.CloudEmulator;
import com.palmpos.sync.enrollment.CloudCardTokenizer;
import com.palmpos.sync.payment.CloudPaymentGateway;
import com.palmpos.ui.DemoCardTerminal;
import com.palmpos.ui.testing.FxWatchdogExtension;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Card payments as demo mode takes them: the demo card terminal has the card tokenized by the cloud emulator (real
 * HTTP) and the emulator authorizes; declines read as sentences in English and German, never as HTTP text.
 */
class CardPaymentFxTest extends CounterFxTestBase {

    private static CloudEmulator emulator;
    private static CloudClient client;

    @BeforeAll
    static void startCloud() {
        emulator = CloudEmulator.start(0, dir.resolve("cloud-emulator"));
        AtomicReference<String> token = new AtomicReference<>();
        client = new CloudClient(SyncSettings.defaults(emulator.url()), () -> Optional.ofNullable(token.get()));
        token.set(client.register(new RegisterTerminalRequest("DEMO-0001", "card test"),
                UUID.randomUUID().toString()).token());
    }

    @AfterAll
    static void stopCloud() {
        services.gateway.approve();
        client.close();
        emulator.close();
    }

    @Override
    void afterJourney() {
        services.gateway.approve();
        voidOpenOrders();
    }

    @Test
    void demoCardIsTokenizedByTheProcessorAndAuthorizedByTheEmulator() {
        services.gateway.forwardTo(new CloudPaymentGateway(client));
        reopen(Locale.ENGLISH, s -> s.withCards(new DemoCardTerminal(new SimulatedCardReader(services.clock),
                new CloudCardTokenizer(client, s.menus().menu().currency()))));
        Order order = lemonade();

        robot.type(KeyCode.F9);
        waitUntil(() -> screen.isShown("#payment"));
        robot.type(KeyCode.F11);
        waitUntil(() -> screen.isShown("#payment-receipt"));

        Order paid = services.pos.orders().find(order.id()).orElseThrow();
        assertThat(paid.status()).isEqualTo(OrderStatus.PAID);
        assertThat(paid.tenders()).singleElement().satisfies(t -> {
            assertThat(t.type()).isEqualTo(TenderType.CARD);
            assertThat(t.status()).isEqualTo(TenderStatus.APPROVED);
            assertThat(t.last4()).isEqualTo("4242");
            // the emulator's payment id is the authorization code; the token is the emulator's, not made up here
            assertThat(t.authCode()).startsWith("pay");
            assertThat(t.token()).startsWith("tok").doesNotStartWith("tok_local").doesNotStartWith("tok_sim");
        });
        assertThat(screen.text("#payment-message")).doesNotContain("HTTP").doesNotContain("/v1/");
    }

    @Test
    void aTechnicalRefusalIsShownAsASentenceWithoutHttpText() {
        services.gateway.decline("POST /v1/payments/authorizations failed with HTTP 404: card token tok_x unknown");
        lemonade();

        robot.type(KeyCode.F9);
        waitUntil(() -> screen.isShown("#payment"));
        robot.type(KeyCode.F11);
        waitUntil(() -> screen.text("#payment-message").startsWith("Card declined"));

        assertThat(screen.text("#payment-message")).isEqualTo(
                "Card declined. The card processor did not accept the card. Ask for another card or cash.");
    }

    @Test
    void aDeclineCodeIsExplainedInGerman() {
        services.gateway.decline("insufficient_funds");
        reopen(Locale.GERMAN, UnaryOperator.identity());
        lemonade();

        robot.type(KeyCode.F9);
        waitUntil(() -> screen.isShown("#payment"));
        robot.type(KeyCode.F11);
        waitUntil(() -> screen.text("#payment-message").startsWith("Karte abgelehnt"));

        assertThat(screen.text("#payment-message")).isEqualTo("Karte abgelehnt. Die Karte ist f\u00fcr diesen Betrag"
                + " nicht gedeckt. Um eine andere Karte oder Bargeld bitten.");
    }

    private void reopen(Locale locale, UnaryOperator<com.palmpos.ui.CounterServices> adapt) {
        screen.close();
        FxWatchdogExtension.showingWindows(() -> screen = new CounterStage(services, robot, locale, adapt));
    }

    /** One lemonade on a fresh order, typed as a cashier does. */
    private Order lemonade() {
        robot.write("lemon");
        waitUntil(() -> screen.isShown("#menu-item-lemonade"));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> screen.lines() == 1 && !screen.busy());
        return screen.stored(services);
    }
}
