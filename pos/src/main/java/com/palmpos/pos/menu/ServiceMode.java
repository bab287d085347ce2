package com.palmpos.pos.menu;

/** How an order is served; some jurisdictions tax eating in and taking out differently. */
public enum ServiceMode {
    DINE_IN, TAKEOUT
}
