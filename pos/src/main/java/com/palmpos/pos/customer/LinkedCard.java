package com.palmpos.pos.customer;

/** The card a customer linked to their palm: the processor's token, brand and last four digits, never the number. */
public record LinkedCard(String token, String brand, String last4) {
    public LinkedCard {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("a linked card needs its processor token");
        }
        if (last4 != null && !last4.matches("\\d{4}")) {
            throw new IllegalArgumentException("last4 must be four digits, was '" + last4 + "'");
        }
    }
}
