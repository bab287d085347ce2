package com.palmpos.ui.internal.counter;

import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.pos.order.Discount;
import com.palmpos.ui.internal.i18n.Messages;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DiscountViewModelTest {

    private final DiscountViewModel model = new DiscountViewModel(Messages.forLocale(Locale.ENGLISH),
            Currency.getInstance("USD"), true);

    @Test
    void startsOnTheSelectedLineAsAPercentage() {
        assertThat(model.wholeOrderProperty().get()).isFalse();
        assertThat(model.percentProperty().get()).isTrue();
    }

    @Test
    void readsAGermanDecimalAmount() {
        model.percentProperty().set(false);
        model.valueProperty().set("2,50");

        Discount discount = model.discount().orElseThrow();

        assertThat(discount.amount().toPlainString()).isEqualTo("2.50");
        assertThat(model.problemProperty().get()).isEmpty();
    }

    @Test
    void namesAPercentageDiscountByItsRate() {
        model.valueProperty().set("15");

        assertThat(model.discount().orElseThrow())
                .satisfies(d -> assertThat(d.percent()).isEqualByComparingTo(new BigDecimal("15")))
                .satisfies(d -> assertThat(d.name()).isEqualTo("Discount 15%"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "101", "-5", "ten"})
    void refusesPercentagesOutsideOneToHundred(String typed) {
        model.valueProperty().set(typed);

        assertThat(model.discount()).isEmpty();
        assertThat(model.problemProperty().get()).isEqualTo("Enter a percentage between 0 and 100");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "-1", "1.234", "abc"})
    void refusesAmountsThatAreNotPositiveMoney(String typed) {
        model.percentProperty().set(false);
        model.valueProperty().set(typed);

        assertThat(model.discount()).isEmpty();
        assertThat(model.problemProperty().get()).isEqualTo("Enter an amount like 2.50");
    }
}
