package com.palmpos.pos.print;

import static com.palmpos.pos.Terminal.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palmpos.pos.Terminal;
import com.palmpos.pos.menu.ServiceMode;
import com.palmpos.pos.order.Discount;
import com.palmpos.pos.order.LineRequest;
import com.palmpos.pos.order.Order;
import com.palmpos.pos.order.OrderLine;
import com.palmpos.pos.order.TenderType;
import com.palmpos.pos.payment.CardDetails;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TicketFormatterTest {
    @TempDir
    Path dir;
    Terminal t;
    final TicketFormatter formatter = new TicketFormatter("Palm Bakery Cafe", ZoneOffset.UTC);

    @BeforeEach
    void open() {
        t = new Terminal(dir.resolve("db"));
    }

    @AfterEach
    void close() {
        t.close();
    }

    private Order order() {
        Order o = t.orders.open(ServiceMode.DINE_IN, "Sam", "c");
        t.orders.addItem(o.id(), new LineRequest("latte", "large", 2, Map.of("milk", List.of("oat-milk")), "extra hot"));
        t.orders.addItem(o.id(), new LineRequest("caprese", "half", 1, Map.of("bread", List.of("sourdough")), ""));
        Order withDiscount = t.orders.discountOrder(o.id(), Discount.amount("Goodwill", usd("1.00")));
        return t.payments.payCard(o.id(), new CardDetails(TenderType.PALM, "tok_secret_123", "VISA", "4242"),
                withDiscount.balanceDue(), usd("2.00")).order();
    }

    @Test
    void kitchenTicketShowsModifiersAndNotesButNoPrices() {
        Order o = t.orders.sendToKitchen(order().id());
        String ticket = formatter.kitchenTicket(o, o.lines());
        assertThat(ticket).contains("ORDER #1  DINE-IN").contains("2 x Latte (Large)").contains("+ Oat milk")
                .contains("! extra hot").contains("1 x Caprese (Half)").doesNotContain("5.55");
    }

    @Test
    void receiptShowsTotalsAndTheCardAsBrandAndLastFourOnly() {
        Order o = order();
        String receipt = formatter.receipt(o, "Sam");
        assertThat(receipt).contains("Palm Bakery Cafe").containsPattern("Discounts +-1.00")
                .containsPattern("TOTAL USD +" + o.totals().total().toPlainString())
                .containsPattern("Tip +2.00").contains("Palm VISA ****4242").contains("Thank you, Sam!")
                .doesNotContain("tok_secret_123");
        assertThat(receipt.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(TicketFormatter.WIDTH));
    }

    @Test
    void textFilePrinterWritesOneFilePerDocument() throws Exception {
        Path receipts = dir.resolve("receipts");
        ReceiptPrinter printer = new TextFilePrinter(receipts, t.clock);
        printer.print("receipt-1", "hello\n");
        t.clock.advance(java.time.Duration.ofMillis(1));
        printer.print("kitchen/1", "world\n");
        try (var files = Files.list(receipts)) {
            List<Path> written = files.sorted().toList();
            assertThat(written).hasSize(2);
            assertThat(written.get(1).getFileName().toString()).endsWith("-kitchen_1.txt");
            assertThat(Files.readString(written.get(0), StandardCharsets.UTF_8)).isEqualTo("hello\n");
        }
    }

    @Test
    void textFilePrinterSaysWhichFolderItCannotWrite() throws Exception {
        Path notADirectory = Files.writeString(dir.resolve("file"), "x");
        assertThatThrownBy(() -> new TextFilePrinter(notADirectory, t.clock).print("r", "x"))
                .isInstanceOf(PrintFailedException.class).hasMessageContaining("receipts folder");
    }

    @Test
    void escPosStreamInitialisesPrintsAndCuts() {
        byte[] bytes = EscPosPrinter.encode("Hi\n");
        assertThat(bytes).startsWith(0x1B, '@', 0x1B, 't', 0).endsWith(0x1B, 'd', 4, 0x1D, 'V', 1);
        assertThat(new String(bytes, 5, 3, StandardCharsets.US_ASCII)).isEqualTo("Hi\n");
    }

    @Test
    void escPosPrinterNamesAMissingQueue() {
        assertThatThrownBy(() -> new EscPosPrinter("no-such-queue").print("r", "x"))
                .isInstanceOf(PrintFailedException.class).hasMessageContaining("no printer queue named 'no-such-queue'");
    }

    @Test
    void kitchenTicketPrintsLongNotesWholeWithinThePaperWidth() {
        Order o = t.orders.open(ServiceMode.DINE_IN, "", "c");
        o = t.orders.addItem(o.id(), LineRequest.of("drip-coffee", "small"));
        String note = "no sugar at all please, the customer is diabetic; oat milk on the side, and a lid that is"
                + " really tight for the bus";
        String label = "Table 12 by the window: birthday of Maria, bring the cake after the mains with one candle";
        o = t.orders.changeNote(o.id(), o.lines().get(0).lineId(), note);
        o = t.orders.changeLabel(o.id(), label);

        String ticket = formatter.kitchenTicket(o, o.lines());

        assertThat(ticket.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(TicketFormatter.WIDTH));
        assertThat(ticket.lines().map(String::strip).collect(java.util.stream.Collectors.joining(" ")))
                .contains("! " + note).contains(label);
    }

    @Test
    void kitchenTicketListsMealDealComponents() {
        Order o = t.orders.open(ServiceMode.TAKEOUT, "", "c");
        o = t.orders.addCombo(o.id(), new com.palmpos.pos.order.ComboRequest("coffee-and-pastry", 1, Map.of(
                "coffee", LineRequest.of("drip-coffee", "small"), "pastry", LineRequest.of("croissant", null)), ""));
        OrderLine line = o.lines().get(0);
        assertThat(formatter.kitchenTicket(o, List.of(line))).contains("1 x Coffee and pastry")
                .contains("> Drip coffee (Small)").contains("> Butter croissant");
    }
}
