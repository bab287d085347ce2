package com.palmpos.sync.api;

/** A card number to exchange for a token; the number never leaves this call and is never logged or stored. */
public record CardTokenizeRequest(String pan, int expMonth, int expYear) {
    @Override
    public String toString() {
        String last4 = pan == null || pan.length() < 4 ? "?" : pan.substring(pan.length() - 4);
        return "CardTokenizeRequest[pan=****" + last4 + "]";
    }
}
