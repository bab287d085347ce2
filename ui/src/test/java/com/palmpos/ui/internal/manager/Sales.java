package com.palmpos.ui.internal.manager;

import com.palmpos.pos.menu.MenuItem;
import com.palmpos.pos.menu.ServiceMode;
import com.palmpos.pos.money.Money;
import com.palmpos.pos.order.LineRequest;
import com.palmpos.pos.order.Order;
import com.palmpos.ui.CounterServices;

/** Rings up sales through the real services, as the counter would, for the manager page tests. */
final class Sales {

    private Sales() {
    }

    /** An item the counter can sell with no choices: no sizes, no modifier groups. */
    static MenuItem simpleItem(CounterServices services, int skip) {
        return services.menus().menu().items().stream()
                .filter(i -> !i.hasSizes() && i.modifierGroupIds().isEmpty()).skip(skip).findFirst().orElseThrow();
    }

    /** An open order with {@code quantity} of a simple item. */
    static Order openOrder(CounterServices services, int quantity) {
        Order order = services.orders().open(ServiceMode.TAKEOUT, "", "staff");
        LineRequest line = new LineRequest(simpleItem(services, 0).id(), null, quantity, java.util.Map.of(), "");
        return services.orders().addItem(order.id(), line);
    }

    /** A paid order (cash, exact amount) with {@code quantity} of a simple item. */
    static Order paidOrder(CounterServices services, int quantity) {
        Order order = openOrder(services, quantity);
        Money total = order.totals().total();
        services.payments().payCash(order.id(), total, Money.zero(total.currency()));
        return services.orders().find(order.id()).orElseThrow();
    }

    /** Stores a customer with {@code loyaltyId} in the terminal's cache, as a cloud sync would. */
    static com.palmpos.pos.customer.CustomerProfile customer(CounterServices services, String id, String name,
            String loyaltyId) {
        com.palmpos.pos.customer.CustomerProfile profile = new com.palmpos.pos.customer.CustomerProfile(id, name, null,
                loyaltyId, java.util.Set.of(), java.util.Set.of(), null, 0, null, 1, services.clock().instant());
        services.customers().upsert(profile);
        return profile;
    }

    /** A paid order of {@code customerId}. */
    static Order paidOrderOf(CounterServices services, String customerId, int quantity) {
        Order order = openOrder(services, quantity);
        services.orders().attachCustomer(order.id(), customerId);
        Money total = order.totals().total();
        services.payments().payCash(order.id(), total, Money.zero(total.currency()));
        return services.orders().find(order.id()).orElseThrow();
    }
}
