package com.palmpos.pos.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {
    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency EUR = Currency.getInstance("EUR");

    @Test
    void refusesMoreDecimalsThanTheCurrencyHasRatherThanRounding() {
        assertThatThrownBy(() -> Money.parse("6.505", USD)).hasMessageContaining("more than 2 decimals");
    }

    @Test
    void refusesToMixCurrencies() {
        assertThatThrownBy(() -> Money.parse("1", USD).plus(Money.parse("1", EUR)))
                .hasMessageContaining("cannot mix USD and EUR");
    }

    @Test
    void roundsTaxHalfUp() {
        assertThat(Money.parse("0.40", USD).percent(new BigDecimal("8.875"), RoundingMode.HALF_UP).minor()).isEqualTo(4);
        assertThat(Money.parse("10.00", USD).percent(new BigDecimal("8.875"), RoundingMode.HALF_UP).minor()).isEqualTo(89);
    }

    @Test
    void givesLeftoverCentsToTheLargestRemainders() {
        assertThat(Money.parse("10.00", USD).allocate(3)).extracting(Money::minor).containsExactly(334L, 333L, 333L);
        assertThat(Money.parse("-10.00", USD).allocate(3)).extracting(Money::minor).containsExactly(-334L, -333L, -333L);
    }

    @Test
    void throwsInsteadOfOverflowing() {
        assertThatThrownBy(() -> Money.ofMinor(Long.MAX_VALUE, USD).plus(Money.ofMinor(1, USD)))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void rejectsTextThatIsNotAnAmount() {
        assertThatThrownBy(() -> Money.parse("six", USD)).hasMessageContaining("'six' is not an amount");
    }
}
