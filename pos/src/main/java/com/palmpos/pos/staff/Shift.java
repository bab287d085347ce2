package com.palmpos.pos.staff;

import com.palmpos.pos.money.Money;
import java.time.Instant;

/**
 * A cashier's shift at one terminal and its cash drawer.
 *
 * @param expectedCash opening float plus cash taken (tips included) minus cash refunds; null while open
 * @param countedCash  what the closing count found; null while open
 */
public record Shift(String shiftId, String terminalId, String staffId, Instant openedAt, Money openingFloat,
                    Instant closedAt, Money expectedCash, Money countedCash) {
    public boolean open() {
        return closedAt == null;
    }

    /** Counted minus expected: positive is over, negative is short. Only for a closed shift. */
    public Money overShort() {
        if (open()) {
            throw new IllegalStateException("shift " + shiftId + " is still open: close it with a drawer count first");
        }
        return countedCash.minus(expectedCash);
    }
}
