package com.palmpos.pos.staff;

import com.palmpos.pos.money.Money;
import java.util.Currency;
import java.util.Map;
import java.util.TreeMap;

/** A count of the drawer by denomination (minor units -> pieces), e.g. {@code 2000 -> 3} for three 20.00 notes. */
public record DrawerCount(Currency currency, Map<Long, Integer> pieces) {
    public DrawerCount {
        pieces.forEach((denomination, count) -> {
            if (denomination <= 0 || count < 0) {
                throw new IllegalArgumentException("drawer count needs positive denominations and non-negative counts, got "
                        + denomination + " x " + count);
            }
        });
        pieces = Map.copyOf(new TreeMap<>(pieces));
    }

    public Money total() {
        Money total = Money.zero(currency);
        for (Map.Entry<Long, Integer> e : pieces.entrySet()) {
            total = total.plus(Money.ofMinor(e.getKey(), currency).times(e.getValue()));
        }
        return total;
    }
}
