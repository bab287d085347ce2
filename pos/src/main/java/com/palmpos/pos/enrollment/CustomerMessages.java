package com.palmpos.pos.enrollment;

import com.palmpos.pos.consent.ConsentRecord;
import com.palmpos.pos.consent.ConsentStore;
import com.palmpos.pos.customer.CustomerProfile;
import com.palmpos.pos.internal.Json;
import com.palmpos.pos.outbox.OutboxMessage;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The outbox messages of customer changes made at the counter, all under entity {@value ConsentStore#ENTITY} and the
 * customer id so the cloud receives them in order (enrolled, then consent changes and loyalty links). Payloads carry
 * no palm template (the sender reads it from the customer store when it sends, so a withdrawn template is never sent)
 * and no card number (only the processor token). Stateless.
 */
public final class CustomerMessages {
    public static final String KIND_ENROLLED = "customer.enrolled";
    public static final String KIND_LOYALTY_LINKED = "loyalty.linked";
    public static final String SCHEMA_ENROLLMENT = "palmpos.enrollment.v1";
    public static final String SCHEMA_LOYALTY_LINK = "palmpos.loyalty-link.v1";

    private CustomerMessages() {
    }

    /**
     * {@code customer.enrolled}: the cloud's {@code EnrollmentRequest} without templates, plus the customer id. The
     * personal fields (name, e-mail, phone, card token) travel as one JSON object sealed with the customer's personal
     * key, field {@code personal} ({@code sealer}: {@link com.palmpos.pos.customer.CustomerStore#sealPersonal}), so an
     * erased customer's row left in the database file says nothing.
     */
    public static OutboxMessage enrolled(CustomerProfile profile, String email, String phone, ConsentRecord consent,
            java.util.function.BinaryOperator<String> sealer) {
        Map<String, Object> personal = new LinkedHashMap<>();
        personal.put("displayName", profile.name());
        personal.put("email", email);
        personal.put("phone", phone);
        personal.put("cardToken", profile.card() == null ? null : profile.card().token());
        Map<String, Object> consentJson = new LinkedHashMap<>();
        consentJson.put("policyVersion", consent.noticeVersion());
        consentJson.put("grantedAt", consent.at());
        consentJson.put("channel", "counter");
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("schema", SCHEMA_ENROLLMENT);
        payload.put("customerId", profile.customerId());
        payload.put("personal", sealer.apply(profile.customerId(), Json.write(personal)));
        payload.put("consent", consentJson);
        payload.put("loyaltyNumber", profile.loyaltyId());
        payload.put("terminalId", consent.terminalId());
        return OutboxMessage.of(ConsentStore.ENTITY, profile.customerId(), KIND_ENROLLED, Json.write(payload));
    }

    /** {@code loyalty.linked}: the cloud's {@code LoyaltyLinkRequest} plus the customer id. */
    public static OutboxMessage loyaltyLinked(String customerId, String loyaltyNumber) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("schema", SCHEMA_LOYALTY_LINK);
        payload.put("customerId", customerId);
        payload.put("loyaltyNumber", loyaltyNumber);
        return OutboxMessage.of(ConsentStore.ENTITY, customerId, KIND_LOYALTY_LINKED, Json.write(payload));
    }
}
