package com.palmpos.ui.port;

/**
 * How to reach a loyalty member: a phone number, an e-mail address, or both (at least one). Values are already
 * validated and normalised by the screen (phone: '+' and digits only; e-mail: trimmed, lower case).
 */
public record LoyaltyContact(String phone, String email) {
    public LoyaltyContact {
        if (isBlank(phone) && isBlank(email)) {
            throw new IllegalArgumentException("a loyalty account needs a phone number or an e-mail address");
        }
        phone = isBlank(phone) ? null : phone;
        email = isBlank(email) ? null : email;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    @Override
    public String toString() {
        return "LoyaltyContact[phone=" + (phone != null) + ", email=" + (email != null) + "]";
    }
}
