package com.palmpos.ui.internal.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.pos.money.Money;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class QuickCashTest {

    private static final Currency USD = Currency.getInstance("USD");

    @Test
    void suggestsExactAmountThenTheNextNotes() {
        assertThat(QuickCash.suggest(Money.parse("12.34", USD))).extracting(Money::toPlainString)
                .containsExactly("12.34", "13.00", "15.00", "20.00");
    }

    @Test
    void roundAmountIsNotSuggestedTwice() {
        assertThat(QuickCash.suggest(Money.parse("20.00", USD))).extracting(Money::toPlainString)
                .containsExactly("20.00", "50.00", "100.00");
    }

    @Test
    void nothingIsSuggestedWhenNothingIsDue() {
        assertThat(QuickCash.suggest(Money.zero(USD))).isEmpty();
    }
}
