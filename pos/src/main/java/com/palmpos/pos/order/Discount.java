package com.palmpos.pos.order;

import com.palmpos.pos.RefusalCode;
import com.palmpos.pos.RefusedArgumentException;
import com.palmpos.pos.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A reduction on a line or on the whole order: either a percentage (rounded half-up to the cent) or a fixed amount;
 * never more than what it applies to.
 *
 * @param percent set for a percentage discount, else null
 * @param amount  set for a fixed discount, else null
 * @param source  why it exists, e.g. {@code manual}, {@code loyalty:free-pastry}
 */
public record Discount(String name, BigDecimal percent, Money amount, String source) {
    public Discount {
        if ((percent == null) == (amount == null)) {
            throw new RefusedArgumentException(RefusalCode.DISCOUNT_EITHER,
                    "a discount is either a percentage or an amount");
        }
        if (percent != null && (percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new RefusedArgumentException(RefusalCode.DISCOUNT_PERCENT_RANGE,
                    "discount percent must be in (0, 100], was " + percent, percent);
        }
        if (amount != null && !amount.isPositive()) {
            throw new RefusedArgumentException(RefusalCode.DISCOUNT_AMOUNT_POSITIVE,
                    "discount amount must be positive, was " + amount, amount);
        }
    }

    public static Discount percent(String name, BigDecimal percent) {
        return new Discount(name, percent, null, "manual");
    }

    public static Discount amount(String name, Money amount) {
        return new Discount(name, null, amount, "manual");
    }

    /** How much comes off {@code base}: between zero and {@code base}. */
    public Money off(Money base) {
        Money raw = percent != null ? base.percent(percent, RoundingMode.HALF_UP) : amount;
        return raw.min(base);
    }
}
