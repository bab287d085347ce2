package com.palmpos.pos.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class MoneyPropertiesTest {
    private static final Currency USD = Currency.getInstance("USD");

    @Property
    void anEvenSplitSumsToTheTotalAndDiffersByAtMostOneCent(@ForAll @LongRange(min = -10_000_000, max = 10_000_000) long cents,
                                                             @ForAll @IntRange(min = 1, max = 40) int parts) {
        List<Money> split = Money.ofMinor(cents, USD).allocate(parts);
        assertThat(Money.sum(split, USD).minor()).isEqualTo(cents);
        long max = split.stream().mapToLong(Money::minor).max().orElseThrow();
        long min = split.stream().mapToLong(Money::minor).min().orElseThrow();
        assertThat(max - min).isLessThanOrEqualTo(1);
    }

    @Property
    void aWeightedSplitSumsToTheTotalAndStaysWithinACentOfEachExactShare(
            @ForAll @LongRange(min = 0, max = 10_000_000) long cents,
            @ForAll @Size(min = 1, max = 30) List<@LongRange(min = 0, max = 100_000) Long> weights) {
        long[] w = weights.stream().mapToLong(Long::longValue).toArray();
        List<Money> split = Money.ofMinor(cents, USD).allocate(w);
        assertThat(Money.sum(split, USD).minor()).isEqualTo(cents);
        long weightSum = weights.stream().mapToLong(Long::longValue).sum();
        if (weightSum > 0) {
            for (int i = 0; i < w.length; i++) {
                BigDecimal exact = BigDecimal.valueOf(cents).multiply(BigDecimal.valueOf(w[i]))
                        .divide(BigDecimal.valueOf(weightSum), 6, RoundingMode.HALF_UP);
                assertThat(BigDecimal.valueOf(split.get(i).minor()).subtract(exact).abs()).isLessThan(BigDecimal.ONE);
            }
        }
    }

    @Property
    void aPercentageAndItsComplementAddUpWhenTheComplementIsTheDifference(
            @ForAll @LongRange(min = 0, max = 10_000_000) long cents, @ForAll @IntRange(min = 0, max = 100) int percent) {
        Money total = Money.ofMinor(cents, USD);
        Money discount = total.percent(BigDecimal.valueOf(percent), RoundingMode.HALF_UP);
        assertThat(discount.plus(total.minus(discount))).isEqualTo(total);
        assertThat(discount.minor()).isBetween(0L, cents);
    }

    @Property
    void parsingThePlainStringGivesTheSameAmount(@ForAll @LongRange(min = -1_000_000_000, max = 1_000_000_000) long cents) {
        Money m = Money.ofMinor(cents, USD);
        assertThat(Money.parse(m.toPlainString(), USD)).isEqualTo(m);
    }
}
