package com.palmpos.sync.api;

/** The online half of an enrollment: who the customer is and their consent; palms are captured later in store. */
public record PreEnrollmentRequest(String displayName, String email, String phone, ConsentRecord consent) {
}
