package com.palmpos.sync.api;

/** A tokenized card: the token stands for the card in every later call. */
public record CardToken(String token, String brand, String last4, int expMonth, int expYear) {
}
