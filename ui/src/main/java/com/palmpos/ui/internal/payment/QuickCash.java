package com.palmpos.ui.internal.payment;

import com.palmpos.pos.money.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** The notes a customer is likely to hand over for an amount: exact, next whole unit, next 5, 10, 20, 50. Pure. */
public final class QuickCash {

    private static final long[] STEPS_MAJOR = {1, 5, 10, 20, 50, 100};
    /** The buttons that fit one row. */
    public static final int MAX = 4;

    private QuickCash() {
    }

    /** Up to {@link #MAX} distinct amounts, ascending, the first one exact. */
    public static List<Money> suggest(Money due) {
        if (!due.isPositive()) {
            return List.of();
        }
        long unit = (long) Math.pow(10, due.currency().getDefaultFractionDigits());
        TreeSet<Long> amounts = new TreeSet<>();
        amounts.add(due.minor());
        for (long step : STEPS_MAJOR) {
            long stepMinor = step * unit;
            amounts.add(((due.minor() + stepMinor - 1) / stepMinor) * stepMinor);
        }
        List<Money> out = new ArrayList<>();
        for (long minor : amounts) {
            if (out.size() == MAX) {
                break;
            }
            out.add(Money.ofMinor(minor, due.currency()));
        }
        return List.copyOf(out);
    }
}
