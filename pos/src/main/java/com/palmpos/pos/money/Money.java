package com.palmpos.pos.money;

import com.palmpos.pos.RefusalCode;
import com.palmpos.pos.RefusedArgumentException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * An exact amount of one currency, held as a {@code long} count of minor units (cents).
 *
 * <p>Arithmetic is exact and throws {@link ArithmeticException} on overflow; mixing currencies throws
 * {@link IllegalArgumentException}. The only operations that round are {@link #percent} and {@link #divide}, and they
 * take the rounding mode explicitly. Splitting never loses or creates a cent: see {@link #allocate(long[])}.
 * Immutable and thread-safe; every operation is O(1) except allocation, O(parts).
 */
public record Money(long minor, Currency currency) implements Comparable<Money> {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Money {
        Objects.requireNonNull(currency, "currency");
        if (currency.getDefaultFractionDigits() < 0) {
            throw new IllegalArgumentException(currency + " has no minor unit and cannot be used for prices");
        }
    }

    public static Money ofMinor(long minor, Currency currency) {
        return new Money(minor, currency);
    }

    public static Money zero(Currency currency) {
        return new Money(0, currency);
    }

    /**
     * Parses a decimal amount such as {@code "6.50"}.
     *
     * @throws IllegalArgumentException if the text is not a number or has more decimals than the currency allows
     */
    public static Money parse(String decimal, Currency currency) {
        BigDecimal value;
        try {
            value = new BigDecimal(decimal.trim());
        } catch (NumberFormatException | NullPointerException e) {
            throw new RefusedArgumentException(RefusalCode.AMOUNT_NOT_A_NUMBER,
                    "'" + decimal + "' is not an amount: write it like 6.50", decimal);
        }
        return of(value, currency);
    }

    /** Converts an exact decimal; refuses (rather than rounds) more decimals than the currency has. */
    public static Money of(BigDecimal value, Currency currency) {
        int digits = currency.getDefaultFractionDigits();
        try {
            return new Money(value.setScale(digits, RoundingMode.UNNECESSARY).unscaledValue().longValueExact(), currency);
        } catch (ArithmeticException e) {
            throw new RefusedArgumentException(RefusalCode.AMOUNT_TOO_PRECISE, "'" + value.toPlainString()
                    + "' has more than " + digits + " decimals or is too large for " + currency.getCurrencyCode(),
                    value.toPlainString(), digits);
        }
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(minor, check(other).minor), currency);
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(minor, check(other).minor), currency);
    }

    public Money times(long factor) {
        return new Money(Math.multiplyExact(minor, factor), currency);
    }

    public Money negate() {
        return new Money(Math.negateExact(minor), currency);
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /** {@code percent}% of this amount, e.g. {@code percent(new BigDecimal("8.875"), HALF_UP)}. */
    public Money percent(BigDecimal percent, RoundingMode rounding) {
        BigDecimal exact = BigDecimal.valueOf(minor).multiply(percent).divide(HUNDRED);
        return new Money(exact.setScale(0, rounding).longValueExact(), currency);
    }

    /** This amount divided by {@code divisor}, rounded to a whole minor unit with {@code rounding}. */
    public Money divide(BigDecimal divisor, RoundingMode rounding) {
        return new Money(BigDecimal.valueOf(minor).divide(divisor, 0, rounding).longValueExact(), currency);
    }

    /** Splits into {@code parts} amounts that differ by at most one minor unit and sum exactly to this. */
    public List<Money> allocate(int parts) {
        if (parts <= 0) {
            throw new IllegalArgumentException("cannot split into " + parts + " parts: need at least one");
        }
        long[] weights = new long[parts];
        java.util.Arrays.fill(weights, 1);
        return allocate(weights);
    }

    /**
     * Splits in proportion to non-negative {@code weights} by the largest-remainder method: each part gets the floor of
     * its exact share, and the cents left over go one each to the parts with the largest remainders (earlier parts win
     * ties). The parts always sum exactly to this amount. If every weight is zero the split is even.
     */
    public List<Money> allocate(long[] weights) {
        return Allocation.split(this, weights);
    }

    public boolean isZero() {
        return minor == 0;
    }

    public boolean isNegative() {
        return minor < 0;
    }

    public boolean isPositive() {
        return minor > 0;
    }

    /** The amount as a decimal with the currency's scale, e.g. {@code 6.50}. */
    public BigDecimal toDecimal() {
        return BigDecimal.valueOf(minor, currency.getDefaultFractionDigits());
    }

    /** Plain text for receipts: {@code 6.50}, {@code -1.25}. */
    public String toPlainString() {
        return toDecimal().toPlainString();
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(minor, check(other).minor);
    }

    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + toPlainString();
    }

    private Money check(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot mix " + currency + " and " + other.currency + " amounts");
        }
        return other;
    }

    /** Sums amounts of {@code currency}; the empty sum is zero. */
    public static Money sum(Iterable<Money> amounts, Currency currency) {
        long total = 0;
        for (Money m : amounts) {
            if (!m.currency.equals(currency)) {
                throw new IllegalArgumentException("cannot mix " + currency + " and " + m.currency + " amounts");
            }
            total = Math.addExact(total, m.minor);
        }
        return new Money(total, currency);
    }

    static List<Money> listOf(long[] minors, Currency currency) {
        List<Money> out = new ArrayList<>(minors.length);
        for (long m : minors) {
            out.add(new Money(m, currency));
        }
        return List.copyOf(out);
    }
}
