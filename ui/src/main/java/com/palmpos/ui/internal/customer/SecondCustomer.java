package com.palmpos.ui.internal.customer;

import java.util.Objects;

/**
 * A customer recognised while another customer's order (with items) is open: the cashier decides whether to switch
 * to them (the open order stays open for its owner, who gets it back with their palm) or to keep serving the owner.
 * Immutable.
 *
 * @param customer  the one just recognised
 * @param ownerName first name of the open order's customer, as greeted
 * @param orderNumber the open order's number
 * @param guestOrder the open order has no customer: switching adds the one recognised to it
 */
public record SecondCustomer(CustomerSnapshot customer, String ownerName, int orderNumber, boolean guestOrder) {
    public SecondCustomer {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(ownerName, "ownerName");
    }
}
