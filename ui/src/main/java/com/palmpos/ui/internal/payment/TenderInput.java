package com.palmpos.ui.internal.payment;

import com.palmpos.pos.money.Money;
import com.palmpos.ui.internal.i18n.MoneyText;
import java.util.Currency;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** What the cashier typed on the pay sheet: the cash handed over and an optional tip. FX thread only. */
final class TenderInput {

    private final Currency currency;
    private final StringProperty cashGiven = new SimpleStringProperty(this, "cashGiven", "");
    private final StringProperty tip = new SimpleStringProperty(this, "tip", "");

    TenderInput(Currency currency) {
        this.currency = currency;
    }

    StringProperty cashGivenProperty() {
        return cashGiven;
    }

    StringProperty tipProperty() {
        return tip;
    }

    /** @throws IllegalArgumentException if the cash field does not hold an amount */
    Money cash() {
        return MoneyText.parse(cashGiven.get(), currency);
    }

    /** The tip; zero when the field is empty. @throws IllegalArgumentException if it is not an amount */
    Money tip() {
        String text = tip.get();
        return text == null || text.isBlank() ? Money.zero(currency) : MoneyText.parse(text, currency);
    }

    /** The tip, or zero while the field holds no valid amount (for showing the amount due as the cashier types). */
    Money tipOrZero() {
        try {
            return tip();
        } catch (IllegalArgumentException e) {
            return Money.zero(currency);
        }
    }
}
