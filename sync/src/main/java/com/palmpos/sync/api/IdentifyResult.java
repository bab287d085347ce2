package com.palmpos.sync.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The answer to an identification: {@code matched} with a customer and score, or no match. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IdentifyResult(boolean matched, String customerId, Double score) {
    /** No enrolled customer matched. */
    public static IdentifyResult none() {
        return new IdentifyResult(false, null, null);
    }
}
