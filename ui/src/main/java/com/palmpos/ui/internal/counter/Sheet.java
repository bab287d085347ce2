package com.palmpos.ui.internal.counter;

import com.palmpos.ui.internal.payment.PaymentViewModel;

/**
 * What covers the menu while the cashier finishes a step: item choices, a meal deal, a discount, a note, rewards,
 * the open orders to bring back, or payment.
 */
public sealed interface Sheet {

    record ItemChoice(ItemChoiceViewModel model) implements Sheet {
    }

    record MealDeal(MealDealViewModel model) implements Sheet {
    }

    record DiscountEntry(DiscountViewModel model) implements Sheet {
    }

    record NoteEntry(NoteViewModel model) implements Sheet {
    }

    record Rewards() implements Sheet {
    }

    record OpenOrders(OpenOrdersViewModel model) implements Sheet {
    }

    record Payment(PaymentViewModel model) implements Sheet {
    }
}
