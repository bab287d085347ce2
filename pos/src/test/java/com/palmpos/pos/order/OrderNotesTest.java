package com.palmpos.pos.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palmpos.pos.Terminal;
import com.palmpos.pos.menu.ServiceMode;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Notes added after the line: a line's kitchen note and the order's label, stored and refused when too late. */
class OrderNotesTest {
    @TempDir
    Path dir;
    Terminal t;

    @BeforeEach
    void open() {
        t = new Terminal(dir);
    }

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void noteOfAnUnsentLineIsStoredTrimmedAndPrintedOnTheKitchenTicket() {
        Order o = t.orders.open(ServiceMode.DINE_IN, "", "cashier-1");
        String lineId = t.orders.addItem(o.id(), LineRequest.of("lemonade", null)).lines().get(0).lineId();

        t.orders.changeNote(o.id(), lineId, "  no ice  ");

        Order stored = t.orders.find(o.id()).orElseThrow();
        assertThat(stored.line(lineId).orElseThrow().note()).isEqualTo("no ice");
        Order sent = t.orders.sendToKitchen(o.id());
        assertThat(new com.palmpos.pos.print.TicketFormatter("Test", java.time.ZoneOffset.UTC)
                .kitchenTicket(sent, sent.lastSentLines())).contains("! no ice");
    }

    @Test
    void noteOfALineTheKitchenHasIsRefusedWithWhatToDo() {
        Order o = t.orders.open(ServiceMode.DINE_IN, "", "cashier-1");
        String lineId = t.orders.addItem(o.id(), LineRequest.of("lemonade", null)).lines().get(0).lineId();
        t.orders.sendToKitchen(o.id());

        assertThatThrownBy(() -> t.orders.changeNote(o.id(), lineId, "no ice"))
                .isInstanceOf(IllegalOrderStateException.class).hasMessageContaining("already sent to the kitchen");
    }

    @Test
    void tooLongANoteIsRefusedWithTheLimit() {
        Order o = t.orders.open(ServiceMode.DINE_IN, "", "cashier-1");
        String lineId = t.orders.addItem(o.id(), LineRequest.of("lemonade", null)).lines().get(0).lineId();

        assertThatThrownBy(() -> t.orders.changeNote(o.id(), lineId, "x".repeat(OrderTransitions.MAX_NOTE + 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 140");
        assertThatThrownBy(() -> t.orders.changeLabel(o.id(), "y".repeat(OrderTransitions.MAX_NOTE + 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("shorten it");
    }

    @Test
    void orderLabelChangesAfterOpeningAndKeepsTheLines() {
        Order o = t.orders.open(ServiceMode.TAKEOUT, "", "cashier-1");
        t.orders.addItem(o.id(), LineRequest.of("lemonade", null));

        Order labelled = t.orders.changeLabel(o.id(), " Table 4, birthday ");

        assertThat(labelled.label()).isEqualTo("Table 4, birthday");
        Order stored = t.orders.find(o.id()).orElseThrow();
        assertThat(stored.label()).isEqualTo("Table 4, birthday");
        assertThat(stored.lines()).hasSize(1);
        assertThat(stored.mode()).isEqualTo(ServiceMode.TAKEOUT);
    }
}
