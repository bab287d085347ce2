package com.palmpos.pos.staff;

/** What a staff member may do: managers also void, refund, 86 items, close shifts and see reports. */
public enum Role {
    CASHIER, MANAGER
}
