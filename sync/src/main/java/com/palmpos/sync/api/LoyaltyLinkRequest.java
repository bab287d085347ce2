package com.palmpos.sync.api;

/** Links an existing loyalty account number to a customer. */
public record LoyaltyLinkRequest(String loyaltyNumber) {
}
