package com.palmpos.ui.internal.counter;

import com.palmpos.ui.internal.i18n.MoneyText;
import com.palmpos.pos.money.Money;
import com.palmpos.pos.order.Discount;
import com.palmpos.ui.internal.i18n.Messages;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A manual discount as typed: on the selected line or the whole order, a percentage or an amount. Large discounts
 * needing a manager's approval are the manager screens' part (not checked here). FX thread only.
 */
public final class DiscountViewModel {

    private final Messages messages;
    private final Currency currency;
    private final boolean lineAvailable;
    private final BooleanProperty wholeOrder = new SimpleBooleanProperty(this, "wholeOrder");
    private final BooleanProperty percent = new SimpleBooleanProperty(this, "percent", true);
    private final StringProperty value = new SimpleStringProperty(this, "value", "");
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");

    /** @param lineAvailable whether a line is selected (else only an order discount is possible) */
    public DiscountViewModel(Messages messages, Currency currency, boolean lineAvailable) {
        this.messages = messages;
        this.currency = currency;
        this.lineAvailable = lineAvailable;
        wholeOrder.set(!lineAvailable);
    }

    public boolean lineAvailable() {
        return lineAvailable;
    }

    public BooleanProperty wholeOrderProperty() {
        return wholeOrder;
    }

    public BooleanProperty percentProperty() {
        return percent;
    }

    public StringProperty valueProperty() {
        return value;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    /** The discount typed, or empty with {@link #problemProperty()} saying what to fix. */
    public Optional<Discount> discount() {
        String text = value.get() == null ? "" : value.get().trim().replace(',', '.');
        try {
            if (percent.get()) {
                BigDecimal p = new BigDecimal(text);
                if (p.signum() <= 0 || p.compareTo(BigDecimal.valueOf(100)) > 0) {
                    throw new IllegalArgumentException("out of range");
                }
                problem.set("");
                return Optional.of(Discount.percent(messages.get("counter.discount.percentName", p.toPlainString()), p));
            }
            Money amount = MoneyText.parse(text, currency);
            if (!amount.isPositive()) {
                throw new IllegalArgumentException("zero");
            }
            problem.set("");
            return Optional.of(Discount.amount(messages.get("counter.discount.amountName"), amount));
        } catch (IllegalArgumentException e) {
            // NumberFormatException is an IllegalArgumentException too
            problem.set(messages.get(percent.get() ? "counter.discount.badPercent" : "counter.discount.badAmount"));
            return Optional.empty();
        }
    }
}
