package com.palmpos.sync.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What the cloud did with one uploaded order.
 *
 * @param outcome {@code ACCEPTED} (stored now), {@code DUPLICATE} (already stored, identical) or {@code REJECTED}
 *                (refused for good; {@code problem} says why)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderResult(String orderId, String outcome, Problem problem) {
    public static final String ACCEPTED = "ACCEPTED";
    public static final String DUPLICATE = "DUPLICATE";
    public static final String REJECTED = "REJECTED";

    /** Whether the terminal may consider the order delivered. */
    public boolean delivered() {
        return ACCEPTED.equals(outcome) || DUPLICATE.equals(outcome);
    }
}
