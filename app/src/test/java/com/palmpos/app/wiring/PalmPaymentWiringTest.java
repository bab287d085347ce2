package com.palmpos.app.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.pos.money.Money;
import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class PalmPaymentWiringTest {
    private static final Currency EUR = Currency.getInstance("EUR");

    @Test
    void zeroTurnsTheSecondFactorOff() {
        assertThat(PalmPaymentWiring.secondFactor(new BigDecimal("0.00"), EUR).threshold()).isEmpty();
    }

    @Test
    void anAmountAsksFromThatAmountOnInTheStoreCurrency() {
        assertThat(PalmPaymentWiring.secondFactor(new BigDecimal("50.00"), EUR).threshold())
                .contains(Money.parse("50.00", EUR));
    }
}
