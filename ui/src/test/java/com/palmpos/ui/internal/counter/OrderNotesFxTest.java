package com.palmpos.ui.internal.counter;

import static com.palmpos.ui.testing.FxQueries.onFx;
import static com.palmpos.ui.testing.FxQueries.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.pos.order.Order;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Notes on any line and on the whole order, by keyboard, on the screen, in H2 and on the kitchen ticket. */
class OrderNotesFxTest extends CounterFxTestBase {

    @Test
    void aLineWithoutChoicesAndTheOrderTakeNotesThatReachTheKitchenTicket() throws Exception {
        robot.write("lemon");
        waitUntil(() -> screen.isShown("#menu-item-lemonade"));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> screen.lines() == 1 && !screen.busy());

        robot.type(KeyCode.F5);
        waitUntil(() -> screen.isShown("#note-sheet"));
        assertThat(screen.text("#note-title")).isEqualTo("Note for Strawberry lemonade");
        assertThat(screen.focused()).isEqualTo("note-text");
        robot.write("no ice");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> "Note saved".equals(screen.text("#order-message")));
        assertThat(onFx(() -> screen.counter.order().rows().get(0).details())).isEqualTo("\u201cno ice\u201d");

        robot.type(KeyCode.F7);
        waitUntil(() -> screen.isShown("#note-sheet"));
        assertThat(screen.text("#note-title")).isEqualTo("Note for the whole order");
        robot.type(KeyCode.UP);
        robot.type(KeyCode.DIGIT1);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> screen.isShown("#order-note"));
        assertThat(screen.text("#order-note")).isEqualTo("\u201cBirthday\u201d");
        robot.type(KeyCode.F8);
        waitUntil(() -> "Sent to the kitchen".equals(screen.text("#order-message")));

        Order order = screen.stored(services);
        assertThat(order.label()).isEqualTo("Birthday");
        assertThat(order.lines()).singleElement().satisfies(line -> assertThat(line.note()).isEqualTo("no ice"));
        Path file;
        try (var files = Files.list(services.receipts)) {
            file = files.filter(f -> f.toString().endsWith("kitchen-" + order.number() + ".txt")).findFirst()
                    .orElseThrow();
        }
        String ticket = Files.readString(file);
        assertThat(ticket).contains("Birthday", "! no ice");
    }

    @Test
    void escapeLeavesTheNoteAsItWasAndASentLineKeepsItsNoteWithTheReason() {
        robot.write("cookie");
        waitUntil(() -> screen.isShown("#menu-item-chocolate-chip-cookie"));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> screen.lines() == 1 && !screen.busy());

        robot.type(KeyCode.F5);
        waitUntil(() -> screen.isShown("#note-sheet"));
        robot.write("warm it");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !screen.isShown("#note-sheet"));
        assertThat(screen.stored(services).lines().get(0).note()).isEmpty();

        robot.type(KeyCode.F8);
        waitUntil(() -> "Sent to the kitchen".equals(screen.text("#order-message")));
        robot.type(KeyCode.F5);
        waitUntil(() -> screen.text("#order-message").startsWith("Chocolate chip cookie is already with"));
        assertThat(screen.isShown("#note-sheet")).isFalse();
        assertThat(screen.stored(services).lines().get(0).note()).isEmpty();
    }
}
