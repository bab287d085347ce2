package com.palmpos.sync.api;

/** A customer's loyalty account and balance. */
public record LoyaltyAccount(String customerId, String loyaltyNumber, long points) {
}
