package com.palmpos.sync.api;

/** Authorizes {@code amountMinor} on a tokenized card for an order. */
public record AuthorizeRequest(String orderId, long amountMinor, String currency, String cardToken) {
}
