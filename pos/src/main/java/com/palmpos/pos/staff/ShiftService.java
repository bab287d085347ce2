package com.palmpos.pos.staff;

import com.palmpos.pos.RefusalCode;
import com.palmpos.pos.RefusedArgumentException;
import com.palmpos.pos.RefusedStateException;
import com.palmpos.pos.PosSettings;
import com.palmpos.pos.money.Money;
import com.palmpos.pos.order.Order;
import com.palmpos.pos.order.Refund;
import com.palmpos.pos.order.TenderType;
import com.palmpos.pos.order.OrderQueries;
import com.palmpos.pos.staff.internal.ShiftRepository;
import com.palmpos.pos.store.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.Optional;
import java.util.UUID;

/**
 * Opens and closes shifts at this terminal with cash drawer counts. Expected cash at close is the opening float plus
 * cash tenders taken during the shift (tips included, change already given back) minus cash refunds paid out.
 * Thread-safe; each call is one small transaction.
 */
public final class ShiftService {
    private final Database database;
    private final Clock clock;
    private final PosSettings settings;
    private final Currency currency;
    private final ShiftRepository shifts = new ShiftRepository();
    private final OrderQueries orders = new OrderQueries();

    public ShiftService(Database database, Clock clock, PosSettings settings, Currency currency) {
        this.database = database;
        this.clock = clock;
        this.settings = settings;
        this.currency = currency;
    }

    /** @throws IllegalStateException if a shift is already open here (close it first) */
    public Shift open(String staffId, Money openingFloat) {
        if (openingFloat.isNegative()) {
            throw new RefusedArgumentException(RefusalCode.FLOAT_NEGATIVE,
                    "the opening float cannot be negative: count the drawer again");
        }
        return database.inTransaction(c -> {
            Optional<Shift> current = shifts.openAt(c, settings.terminalId());
            if (current.isPresent()) {
                throw new RefusedStateException(RefusalCode.SHIFT_STILL_OPEN, "a shift opened by "
                        + current.get().staffId() + " at " + current.get().openedAt()
                        + " is still open on this terminal: close it first", current.get().staffId(),
                        current.get().openedAt());
            }
            Shift shift = new Shift(UUID.randomUUID().toString(), settings.terminalId(), staffId, clock.instant(),
                    openingFloat, null, null, null);
            shifts.insert(c, shift);
            return shift;
        });
    }

    public Optional<Shift> current() {
        return database.inTransaction(c -> shifts.openAt(c, settings.terminalId()));
    }

    /** Closes the shift with the counted cash and records expected vs counted (see {@link Shift#overShort()}). */
    public Shift close(String shiftId, Money counted) {
        return database.inTransaction(c -> {
            Shift shift = shifts.find(c, shiftId).orElseThrow(() -> new RefusedArgumentException(RefusalCode.SHIFT_UNKNOWN,
                    "no shift " + shiftId));
            if (!shift.open()) {
                throw new RefusedStateException(RefusalCode.SHIFT_CLOSED_ALREADY, "shift " + shiftId
                        + " was already closed at " + shift.closedAt(), shift.closedAt());
            }
            Instant now = clock.instant();
            Money expected = shift.openingFloat().plus(cashTaken(c, shift.openedAt(), now))
                    .minus(cashRefunded(c, shift.openedAt(), now));
            Shift closed = new Shift(shift.shiftId(), shift.terminalId(), shift.staffId(), shift.openedAt(),
                    shift.openingFloat(), now, expected, counted);
            shifts.close(c, closed);
            return closed;
        });
    }

    private Money cashTaken(Connection c, Instant from, Instant to) throws SQLException {
        // the window is inclusive of this very instant, so payments taken just before closing count
        return Money.ofMinor(orders.cashTaken(c, settings.terminalId(), from, to.plusNanos(1)), currency);
    }

    private Money cashRefunded(Connection c, Instant from, Instant to) throws SQLException {
        Money sum = Money.zero(currency);
        for (Order o : orders.updatedBetween(c, from, to.plusNanos(1))) {
            if (!o.terminalId().equals(settings.terminalId())) {
                continue;
            }
            for (Refund r : o.refunds()) {
                if (r.refundTo() == TenderType.CASH && !r.at().isBefore(from) && !r.at().isAfter(to)) {
                    sum = sum.plus(r.amount());
                }
            }
        }
        return sum;
    }
}
