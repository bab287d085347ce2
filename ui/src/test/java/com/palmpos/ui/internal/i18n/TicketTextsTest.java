package com.palmpos.ui.internal.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.pos.menu.ServiceMode;
import com.palmpos.pos.money.Money;
import com.palmpos.pos.order.LineRequest;
import com.palmpos.pos.order.Order;
import com.palmpos.pos.print.TicketFormatter;
import com.palmpos.pos.print.TicketText;
import com.palmpos.ui.testing.TestCounter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Receipts and kitchen tickets print in the terminal's language. */
class TicketTextsTest {

    @TempDir
    static Path dir;
    private static TestCounter counter;
    private static Order paid;

    @BeforeAll
    static void sale() {
        counter = new TestCounter(dir);
        Order order = counter.services.orders().open(ServiceMode.TAKEOUT, "", counter.services.staffId());
        order = counter.services.orders().addItem(order.id(), LineRequest.of("lemonade", null));
        order = counter.services.orders().addItem(order.id(), LineRequest.of("chocolate-chip-cookie", null));
        Money total = order.totals().total();
        counter.services.payments().payCash(order.id(), total.plus(Money.parse("10.00", total.currency())),
                Money.zero(total.currency()));
        paid = counter.services.orders().find(order.id()).orElseThrow();
    }

    @AfterAll
    static void close() {
        counter.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tickets.properties", "tickets_de.properties"})
    void everyTicketWordHasAText(String file) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/com/palmpos/resources/i18n/" + file)) {
            Properties texts = new Properties();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (TicketText text : TicketText.values()) {
                assertThat(texts.getProperty(TicketTexts.key(text))).as("%s in %s", text, file).isNotBlank();
            }
        }
    }

    @Test
    void englishBundlePrintsExactlyTheBuiltInEnglish() {
        TicketFormatter builtIn = new TicketFormatter("Palm Cafe", ZoneOffset.UTC);
        TicketFormatter bundled = new TicketFormatter("Palm Cafe", ZoneOffset.UTC,
                TicketTexts.of(Messages.forLocale(Locale.ENGLISH)));

        assertThat(bundled.receipt(paid, "Sam")).isEqualTo(builtIn.receipt(paid, "Sam"));
        assertThat(bundled.kitchenTicket(paid, paid.lines())).isEqualTo(builtIn.kitchenTicket(paid, paid.lines()));
    }

    @Test
    void germanTerminalPrintsAGermanReceiptAndKitchenTicket() {
        TicketFormatter german = new TicketFormatter("Palm Cafe", ZoneOffset.UTC,
                TicketTexts.of(Messages.forLocale(Locale.GERMANY)));

        String receipt = german.receipt(paid, "Sam");
        String total = paid.totals().total().toPlainString().replace('.', ',');
        assertThat(receipt).contains("ZUM MITNEHMEN", "Zwischensumme", "Bar", "R\u00fcckgeld", "Vielen Dank, Sam!")
                .containsPattern("SUMME " + paid.currency().getCurrencyCode() + " +" + total)
                .doesNotContain("Subtotal", "TOTAL", "Change", "Thank you");
        assertThat(receipt.lines()).allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(TicketFormatter.WIDTH));
        assertThat(german.kitchenTicket(paid, paid.lines())).contains("BESTELLUNG #" + paid.number() + "  ZUM MITNEHMEN")
                .doesNotContain("ORDER", "TAKEOUT");
    }
}
