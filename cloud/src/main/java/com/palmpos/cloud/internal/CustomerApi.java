package com.palmpos.cloud.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.palmpos.sync.api.ConsentChange;
import com.palmpos.sync.api.ConsentRecord;
import com.palmpos.sync.api.CustomerChanges;
import com.palmpos.sync.api.CustomerProfile;
import com.palmpos.sync.api.EnrollmentRequest;
import com.palmpos.sync.api.EnrollmentResult;
import com.palmpos.sync.api.IdentifyRequest;
import com.palmpos.sync.api.IdentifyResult;
import com.palmpos.sync.api.LoyaltyAccount;
import com.palmpos.sync.api.LoyaltyLinkRequest;
import com.palmpos.sync.api.PreEnrollment;
import com.palmpos.sync.api.PreEnrollmentCompletion;
import com.palmpos.sync.api.PreEnrollmentRequest;
import com.palmpos.cloud.TemplateMatcher;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Customer delta feed, palm identification, enrollment (direct and via pre-enrollment code) and loyalty linking. */
public final class CustomerApi {
    static final int MAX_TEMPLATE_BYTES = 256 * 1024;
    static final int MAX_TEMPLATES = 10;
    static final Duration PRE_ENROLLMENT_VALIDITY = Duration.ofDays(7);

    private final Optional<TemplateMatcher> matcher;
    private final Sealer sealer;

    public CustomerApi(Optional<TemplateMatcher> matcher, Sealer sealer) {
        this.matcher = matcher;
        this.sealer = sealer;
    }

    public List<Route> routes() {
        return List.of(
                Route.of("GET", "/v1/customers/changes", true, this::changes),
                Route.of("POST", "/v1/palm/identify", true, this::identify),
                Route.of("POST", "/v1/enrollments", true, this::enroll),
                Route.of("POST", "/v1/pre-enrollments", true, this::preEnroll),
                Route.of("POST", "/v1/pre-enrollments/{code}/completion", true, this::complete),
                Route.of("GET", "/v1/pre-enrollments/{code}", true, this::lookUpCode),
                Route.of("POST", "/v1/customers/{customer}/loyalty-link", true, this::linkLoyalty),
                Route.of("POST", "/v1/customers/{customer}/consents", true, this::consent));
    }

    private Reply changes(Call call, Connection tx) throws SQLException {
        long after = call.cursor("c");
        int limit = call.intQuery("limit", 100, 1, 500);
        PullReceipts.confirm(tx, call.caller(), after, call.now());
        List<Map.Entry<Long, CustomerProfile>> page = Customers.changes(tx, sealer, call.caller(), after, limit + 1);
        boolean more = page.size() > limit;
        List<Map.Entry<Long, CustomerProfile>> items = more ? page.subList(0, limit) : page;
        long last = items.isEmpty() ? after : items.get(items.size() - 1).getKey();
        return Reply.ok(new CustomerChanges(items.stream().map(Map.Entry::getValue).toList(), "c" + last, more));
    }

    private Reply identify(Call call, Connection tx) throws SQLException {
        IdentifyRequest request = call.body(IdentifyRequest.class);
        checkTemplates(List.of(request.template() == null ? new byte[0] : request.template()));
        if (matcher.isEmpty()) {
            return Reply.ok(IdentifyResult.none());
        }
        Optional<TemplateMatcher.Match> match = matcher.get().identify(request.template(),
                Customers.gallery(tx, sealer, call.caller().chainId()));
        if (match.isEmpty()) {
            return Reply.ok(IdentifyResult.none());
        }
        // recognised here: from now on this store may see the customer (and pulls the profile with its next delta)
        Customers.linkStore(tx, match.get().customerId(), call.caller().storeId());
        Customers.touch(tx, match.get().customerId(), call.now());
        return Reply.ok(new IdentifyResult(true, match.get().customerId(), match.get().score()));
    }

    private Reply enroll(Call call, Connection tx) throws SQLException {
        EnrollmentRequest request = call.body(EnrollmentRequest.class);
        requireName(request.displayName());
        String consent = consentJson(call, request.consent());
        checkTemplates(request.palmTemplates());
        // the customer id first: a re-sent enrollment must read "already enrolled", not "loyalty number taken"
        String customerId = request.customerId() == null ? Ids.id("cus") : requireNewCustomer(tx, request.customerId());
        if (request.cardToken() != null) {
            PaymentApi.requireCard(tx, request.cardToken(), call.caller());
        }
        String loyalty = request.loyaltyNumber() == null ? newLoyaltyNumber() : requireFreeLoyalty(tx, request.loyaltyNumber());
        Customers.insert(tx, sealer, call.caller().chainId(), call.caller().storeId(), customerId, request.displayName(),
                request.email(), request.phone(), loyalty, request.cardToken(), consent, call.now());
        Customers.addTemplates(tx, sealer, customerId, request.palmTemplates());
        return Reply.created(new EnrollmentResult(customerId, loyalty));
    }

    private Reply preEnroll(Call call, Connection tx) throws SQLException {
        PreEnrollmentRequest request = call.body(PreEnrollmentRequest.class);
        requireName(request.displayName());
        String consent = consentJson(call, request.consent());
        return Reply.created(insertPreEnrollment(tx, sealer, call.caller().chainId(), request.displayName(),
                request.email(), request.phone(), consent, call.now()));
    }

    /** Stores a new pre-enrollment code (the terminals' API and the customer web pages both come here). */
    public static PreEnrollment insertPreEnrollment(Connection tx, Sealer sealer, String chainId, String name,
                                                    String email, String phone, String consentJson, Instant now) throws SQLException {
        String code = Ids.code(8);
        Instant expires = now.plus(PRE_ENROLLMENT_VALIDITY);
        try (PreparedStatement insert = tx.prepareStatement("INSERT INTO pre_enrollment (code, display_name, email,"
                + " phone, consent_json, expires_at, chain_id) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, code);
            insert.setString(2, sealer.seal(chainId, name));
            insert.setString(3, sealer.seal(chainId, email));
            insert.setString(4, sealer.seal(chainId, phone));
            insert.setString(5, consentJson);
            insert.setTimestamp(6, Timestamp.from(expires));
            insert.setString(7, chainId);
            insert.executeUpdate();
        }
        return new PreEnrollment(code, expires);
    }

    /** Whether a code can still be completed, without completing it (the counter checks before the captures). */
    private Reply lookUpCode(Call call, Connection tx) throws SQLException {
        String code = call.path().get("code").toUpperCase(java.util.Locale.ROOT);
        try (PreparedStatement select = tx.prepareStatement(
                "SELECT expires_at, customer_id FROM pre_enrollment WHERE code = ? AND chain_id = ?")) {
            select.setString(1, code);
            select.setString(2, call.caller().chainId());
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw ApiError.notFound("pre-enrollment code " + code + ": check the code the customer shows");
                }
                if (rs.getString(2) != null) {
                    throw ApiError.conflict("pre-enrollment-completed", "code " + code + " was already used");
                }
                if (rs.getTimestamp(1).toInstant().isBefore(call.now())) {
                    throw new ApiError(410, "pre-enrollment-expired", "Gone",
                            "code " + code + " has expired: the customer must pre-enroll again or enroll at the counter");
                }
                return Reply.ok(new PreEnrollment(code, rs.getTimestamp(1).toInstant()));
            }
        }
    }

    private Reply complete(Call call, Connection tx) throws SQLException {
        String code = call.path().get("code").toUpperCase(java.util.Locale.ROOT);
        PreEnrollmentCompletion request = call.body(PreEnrollmentCompletion.class);
        checkTemplates(request.palmTemplates());
        try (PreparedStatement select = tx.prepareStatement("SELECT display_name, email, phone, consent_json,"
                + " expires_at, customer_id, card_token, loyalty FROM pre_enrollment WHERE code = ? AND chain_id = ? FOR UPDATE")) {
            select.setString(1, code);
            select.setString(2, call.caller().chainId());
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw ApiError.notFound("pre-enrollment code " + code + ": check the code the customer shows");
                }
                if (rs.getString(6) != null) {
                    throw ApiError.conflict("pre-enrollment-completed", "code " + code + " was already used");
                }
                if (rs.getTimestamp(5).toInstant().isBefore(call.now())) {
                    throw new ApiError(410, "pre-enrollment-expired", "Gone",
                            "code " + code + " has expired: the customer must pre-enroll again or enroll at the counter");
                }
                String customerId = Ids.id("cus");
                // signed up online: the card token from the processor's hosted page, loyalty only if asked for; the
                // pre-enrollment's fields are sealed for this chain already: they are stored as they are
                String loyalty = rs.getBoolean(8) ? newLoyaltyNumber() : null;
                Customers.insert(tx, sealer, call.caller().chainId(), call.caller().storeId(), customerId, rs.getString(1),
                        rs.getString(2), rs.getString(3), loyalty, rs.getString(7), rs.getString(4), call.now());
                Customers.addTemplates(tx, sealer, customerId, request.palmTemplates());
                try (PreparedStatement used = tx.prepareStatement("UPDATE pre_enrollment SET customer_id = ? WHERE code = ?")) {
                    used.setString(1, customerId);
                    used.setString(2, code);
                    used.executeUpdate();
                }
                return Reply.created(new EnrollmentResult(customerId, loyalty));
            }
        }
    }

    private Reply linkLoyalty(Call call, Connection tx) throws SQLException {
        String customerId = call.path().get("customer");
        LoyaltyLinkRequest request = call.body(LoyaltyLinkRequest.class);
        if (request.loyaltyNumber() == null || request.loyaltyNumber().isBlank()) {
            throw ApiError.badRequest("loyaltyNumber is required");
        }
        if (!Customers.visibleTo(tx, customerId, call.caller())) {
            throw ApiError.notFound("customer " + customerId);
        }
        try (PreparedStatement owner = tx.prepareStatement("SELECT customer_id FROM customer WHERE loyalty_number = ?")) {
            owner.setString(1, request.loyaltyNumber());
            try (ResultSet rs = owner.executeQuery()) {
                if (rs.next() && !rs.getString(1).equals(customerId)) {
                    throw ApiError.conflict("loyalty-number-taken", "loyalty number " + request.loyaltyNumber()
                            + " belongs to another customer");
                }
            }
        }
        try (PreparedStatement update = tx.prepareStatement("UPDATE customer SET loyalty_number = ? WHERE customer_id = ?")) {
            update.setString(1, request.loyaltyNumber());
            update.setString(2, customerId);
            update.executeUpdate();
        }
        Customers.touch(tx, customerId, call.now());
        return Reply.ok(new LoyaltyAccount(customerId, request.loyaltyNumber(), Customers.loyaltyPoints(tx, customerId)));
    }

    private Reply consent(Call call, Connection tx) throws SQLException {
        String customerId = call.path().get("customer");
        ConsentChange change = call.body(ConsentChange.class);
        boolean granted = ConsentChange.GRANTED.equals(change.decision());
        if (!granted && !ConsentChange.WITHDRAWN.equals(change.decision())) {
            throw ApiError.unprocessable("invalid-decision", "decision must be GRANTED or WITHDRAWN, was " + change.decision());
        }
        String consent = consentJson(call, new ConsentRecord(change.policyVersion(), change.decidedAt(), change.channel()));
        if (!Customers.visibleTo(tx, customerId, call.caller())) {
            throw ApiError.notFound("customer " + customerId + " (erased, or never enrolled here)");
        }
        if (!granted) {
            Customers.deleteTemplates(tx, customerId);
        }
        try (PreparedStatement update = tx.prepareStatement("UPDATE customer SET consent_json = ? WHERE customer_id = ?")) {
            update.setString(1, granted ? consent : null);
            update.setString(2, customerId);
            update.executeUpdate();
        }
        Customers.touch(tx, customerId, call.now());
        return Reply.ok(change);
    }

    private static String requireNewCustomer(Connection tx, String customerId) throws SQLException {
        if (!customerId.matches("[A-Za-z0-9_-]{1,40}")) {
            throw ApiError.badRequest("customerId must be 1..40 letters, digits, '_' or '-'");
        }
        try (PreparedStatement select = tx.prepareStatement("SELECT 1 FROM customer WHERE customer_id = ?")) {
            select.setString(1, customerId);
            try (ResultSet rs = select.executeQuery()) {
                if (rs.next()) {
                    throw ApiError.conflict("customer-exists", "customer " + customerId + " is already enrolled");
                }
            }
        }
        return customerId;
    }

    private static String requireFreeLoyalty(Connection tx, String number) throws SQLException {
        try (PreparedStatement select = tx.prepareStatement("SELECT 1 FROM customer WHERE loyalty_number = ?")) {
            select.setString(1, number);
            try (ResultSet rs = select.executeQuery()) {
                if (rs.next()) {
                    throw ApiError.conflict("loyalty-number-taken", "loyalty number " + number + " belongs to another customer");
                }
            }
        }
        return number;
    }

    private static String newLoyaltyNumber() {
        return "L-" + Ids.code(8);
    }

    private static void requireName(String name) {
        if (name == null || name.isBlank() || name.length() > 120) {
            throw ApiError.badRequest("displayName of 1..120 characters is required");
        }
    }

    private static String consentJson(Call call, ConsentRecord consent) {
        if (consent == null || consent.policyVersion() == null || consent.grantedAt() == null || consent.channel() == null) {
            throw ApiError.unprocessable("consent-required",
                    "biometric enrollment needs the customer's consent record (policyVersion, grantedAt, channel)");
        }
        try {
            return call.json().writeValueAsString(consent);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a consent record", e);
        }
    }

    static void checkTemplates(List<byte[]> templates) {
        if (templates.isEmpty() || templates.size() > MAX_TEMPLATES) {
            throw ApiError.badRequest("1.." + MAX_TEMPLATES + " palm templates are required, got " + templates.size());
        }
        for (byte[] template : templates) {
            if (template == null || template.length == 0 || template.length > MAX_TEMPLATE_BYTES) {
                throw ApiError.badRequest("each palm template must be 1.." + MAX_TEMPLATE_BYTES + " bytes");
            }
        }
    }
}
