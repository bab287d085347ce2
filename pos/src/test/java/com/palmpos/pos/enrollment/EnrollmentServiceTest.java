package com.palmpos.pos.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.palmpos.pos.consent.ConsentDecision;
import com.palmpos.pos.consent.ConsentStore;
import com.palmpos.pos.Terminal;
import com.palmpos.pos.audit.AuditLog;
import com.palmpos.pos.customer.CustomerProfile;
import com.palmpos.pos.internal.Json;
import com.palmpos.pos.money.Money;
import com.palmpos.pos.outbox.OutboxEntry;
import com.palmpos.pos.privacy.PrivacyService;
import com.palmpos.pos.privacy.SecondFactorPolicy;
import com.palmpos.pos.privacy.SecondFactorResult;
import com.palmpos.pos.privacy.SecondFactorSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnrollmentServiceTest {
    @TempDir
    Path dir;

    @Test
    void commitStoresProfileTemplateConsentCardAndOutboxMessageTogether() throws Exception {
        try (EnrollmentFixture f = new EnrollmentFixture(dir)) {
            EnrollmentSession session = f.ready();
            session.linkCard(new CardEntry("4242 4242 4242 4242", 12, 2030, "123"));
            String loyalty = session.newLoyaltyAccount();

            CustomerProfile stored = f.enrollment.commit(session);

            CustomerProfile cached = f.t.customers.find(session.customerId()).orElseThrow();
            assertThat(cached.name()).isEqualTo("Ada Lovelace");
            assertThat(cached.loyaltyId()).isEqualTo(loyalty).startsWith("L-");
            assertThat(cached.card().token()).isEqualTo("tok_4242");
            assertThat(cached.card().last4()).isEqualTo("4242");
            assertThat(f.t.customers.palmTemplate(stored.customerId())).hasValueSatisfying(
                    t -> assertThat(t).containsExactly(EnrollmentFixture.PALM));
            assertThat(f.consents.latest(stored.customerId())).hasValueSatisfying(c -> {
                assertThat(c.decision()).isEqualTo(ConsentDecision.ACCEPTED);
                assertThat(c.noticeVersion()).isEqualTo(session.notice().version());
                assertThat(c.terminalId()).isEqualTo("t1");
            });
            List<OutboxEntry> pending = f.t.outbox.nextBatch(10);
            assertThat(pending).hasSize(1);
            assertThat(pending.get(0).message().kind()).isEqualTo(CustomerMessages.KIND_ENROLLED);
            assertThat(pending.get(0).message().entityType()).isEqualTo(ConsentStore.ENTITY);
            JsonNode payload = Json.mapper().readTree(pending.get(0).message().payloadJson());
            assertThat(payload.path("customerId").asText()).isEqualTo(stored.customerId());
            assertThat(payload.has("cardToken")).as("personal fields travel sealed").isFalse();
            assertThat(payload.path("personal").asText()).doesNotContain("tok_4242");
            JsonNode personal = Json.mapper().readTree(
                    f.t.customers.openPersonal(stored.customerId(), payload.path("personal").asText()));
            assertThat(personal.path("cardToken").asText()).isEqualTo("tok_4242");
            assertThat(payload.path("consent").path("policyVersion").asText()).isEqualTo(session.notice().version());
            assertThat(payload.has("palmTemplates")).isFalse();
        }
    }

    @Test
    void commitKeepsThePhoneDigitsSoTheSecondFactorWorksBeforeAnyCloudPull() {
        try (EnrollmentFixture f = new EnrollmentFixture(dir)) {
            EnrollmentSession session = f.ready();

            f.enrollment.commit(session);

            assertThat(f.t.customers.phoneLastFour(session.customerId())).contains("0000");
            assertThat(storedPhoneDigits(f, session.customerId())).as("sealed with the customer's key")
                    .startsWith("pc2:").doesNotContain("442079460000");
            SecondFactorPolicy secondFactor = new SecondFactorPolicy(
                    SecondFactorSettings.above(Money.parse("1.00", Terminal.DEMO.currency())), f.t.customers,
                    new AuditLog(f.t.db, f.t.clock, "t1"), f.t.db, f.t.clock);
            assertThat(secondFactor.check(session.customerId(), "0000".toCharArray(), "cashier"))
                    .isInstanceOf(SecondFactorResult.Passed.class);
        }
    }

    @Test
    void commitWithoutAPhoneStoresNoPhone() {
        try (EnrollmentFixture f = new EnrollmentFixture(dir)) {
            EnrollmentSession session = f.ready();
            session.details("Ada Lovelace", "Ada", "ada@example.com", " ");

            f.enrollment.commit(session);

            assertThat(f.t.customers.phoneLastFour(session.customerId())).isEmpty();
            assertThat(f.counts()).containsEntry("customer_phones", 0L);
        }
    }

    @Test
    void aPrivacyRequestFindsANewlyEnrolledCustomerByPhoneAndErasesThePhone() {
        try (EnrollmentFixture f = new EnrollmentFixture(dir)) {
            EnrollmentSession session = f.ready();
            f.enrollment.commit(session);
            PrivacyService privacy = new PrivacyService(f.t.db, f.t.customers, f.t.outbox,
                    new AuditLog(f.t.db, f.t.clock, "t1"), f.t.clock);

            assertThat(privacy.find("7946 0000", "manager")).singleElement()
                    .satisfies(found -> assertThat(found.customerId()).isEqualTo(session.customerId()));
            privacy.deleteProfile(session.customerId(), "manager");

            assertThat(f.counts()).containsEntry("customer_phones", 0L);
        }
    }

    private static String storedPhoneDigits(EnrollmentFixture f, String customerId) {
        return f.t.db.inTransaction(c -> {
            try (var s = c.prepareStatement("SELECT phone_digits FROM customer_phones WHERE customer_id = ?")) {
                s.setString(1, customerId);
                try (var rs = s.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
    }

    @Test
    void cardNumberIsNeverStoredAnywhere() {
        try (EnrollmentFixture f = new EnrollmentFixture(dir)) {
            EnrollmentSession session = f.ready();
            session.linkCard(new CardEntry("4242424242424242", 12, 2030, "987"));
            f.enrollment.commit(session);
            String dump = f.t.db.inTransaction(c -> {
                StringBuilder all = new StringBuilder();
                for (String table : List.of("customers", "consent_records", "outbox")) {
                    try (var rs = c.createStatement().executeQuery("SELECT * FROM " + table)) {
                        while (rs.next()) {
                            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                                all.append(rs.getString(i)).append('|');
                            }
                        }
                    }
                }
                return all.toString();
            });
            assertThat(dump).doesNotContain("4242424242424242").doesNotContain("987").contains("4242");
        }
    }

    @Test
    void decliningConsentLeavesNoTrace() {
        try (EnrollmentFixture f = new EnrollmentFixture(dir)) {
            Map<String, Long> before = f.counts();
            EnrollmentSession session = f.enrollment.begin(Locale.GERMAN);
            assertThat(session.notice().text()).contains("Handfläche");
            session.decline();

            assertThat(f.counts()).isEqualTo(before);
            assertThatThrownBy(session::acceptConsent).isInstanceOf(EnrollmentException.class)
                    .extracting(e -> ((EnrollmentException) e).problem()).isEqualTo(EnrollmentProblem.WRONG_STEP);
        }
    }

    @Test
    void cancellingAfterCaptureAndCardLeavesNoTrace() {
        try (EnrollmentFixture f = new EnrollmentFixture(dir)) {
            Map<String, Long> before = f.counts();
            EnrollmentSession session = f.ready();
            session.linkCard(new CardEntry("4242424242424242", 12, 2030, null));
            session.newLoyaltyAccount();
            session.cancel();

            assertThat(f.counts()).isEqualTo(before);
            assertThat(f.t.customers.find(session.customerId())).isEmpty();
            assertThatThrownBy(() -> f.enrollment.commit(session)).isInstanceOf(EnrollmentException.class);
            assertThat(f.counts()).isEqualTo(before);
        }
    }

    @Test
    void failingCommitRollsEverythingBack() {
        // a terminal id longer than the consent column fails the consent insert, after profile and template were written
        try (EnrollmentFixture f = new EnrollmentFixture(dir, "t".repeat(81), KnownPalms.NONE)) {
            Map<String, Long> before = f.counts();
            EnrollmentSession session = f.ready();

            assertThatThrownBy(() -> f.enrollment.commit(session)).isInstanceOf(RuntimeException.class);

            assertThat(f.counts()).isEqualTo(before);
        }
    }

    @Test
    void refusesPalmCaptureBeforeConsent() {
        try (EnrollmentFixture f = new EnrollmentFixture(dir)) {
            EnrollmentSession session = f.enrollment.begin(Locale.ENGLISH);
            assertThatThrownBy(() -> session.palmTemplate(EnrollmentFixture.PALM))
                    .isInstanceOf(EnrollmentException.class).hasMessageContaining("consent")
                    .extracting(e -> ((EnrollmentException) e).problem()).isEqualTo(EnrollmentProblem.CONSENT_REQUIRED);
            assertThatThrownBy(() -> f.enrollment.commit(session)).extracting(e -> ((EnrollmentException) e).problem())
                    .isEqualTo(EnrollmentProblem.CONSENT_REQUIRED);
        }
    }

    @Test
    void refusesCommitWithoutTemplateOrName() {
        try (EnrollmentFixture f = new EnrollmentFixture(dir)) {
            EnrollmentSession session = f.enrollment.begin(Locale.ENGLISH);
            session.acceptConsent();
            session.details("Ada", null, null, null);
            assertThatThrownBy(() -> f.enrollment.commit(session)).hasMessageContaining("palm capture")
                    .extracting(e -> ((EnrollmentException) e).problem()).isEqualTo(EnrollmentProblem.INVALID_INPUT);
        }
    }

    @Test
    void refusesCommittingTheSameSessionTwice() {
        try (EnrollmentFixture f = new EnrollmentFixture(dir)) {
            EnrollmentSession session = f.ready();
            f.enrollment.commit(session);
            Map<String, Long> after = f.counts();
            assertThatThrownBy(() -> f.enrollment.commit(session)).extracting(e -> ((EnrollmentException) e).problem())
                    .isEqualTo(EnrollmentProblem.DUPLICATE);
            assertThat(f.counts()).isEqualTo(after);
        }
    }

    @Test
    void refusesAPalmThatIsAlreadyEnrolled() {
        try (EnrollmentFixture f = new EnrollmentFixture(dir, "t1", template -> Optional.of("cus_known"))) {
            EnrollmentSession session = f.enrollment.begin(Locale.ENGLISH);
            session.acceptConsent();
            assertThatThrownBy(() -> session.palmTemplate(EnrollmentFixture.PALM)).hasMessageContaining("cus_known")
                    .extracting(e -> ((EnrollmentException) e).problem()).isEqualTo(EnrollmentProblem.DUPLICATE);
        }
    }

    @Test
    void declinedCardIsReportedAndNothingIsKept() {
        try (EnrollmentFixture f = new EnrollmentFixture(dir)) {
            EnrollmentSession session = f.ready();
            f.tokenizerFailure = new EnrollmentException(EnrollmentProblem.CARD_REJECTED, "the card was declined");
            assertThatThrownBy(() -> session.linkCard(new CardEntry("4000000000000002", 12, 2030, "123")))
                    .extracting(e -> ((EnrollmentException) e).problem()).isEqualTo(EnrollmentProblem.CARD_REJECTED);
            assertThat(session.card()).isEmpty();
        }
    }

    @Test
    void expiredCardNeverReachesTheProcessor() {
        try (EnrollmentFixture f = new EnrollmentFixture(dir)) {
            EnrollmentSession session = f.ready();
            assertThatThrownBy(() -> session.linkCard(new CardEntry("4242424242424242", 1, 2020, "123")))
                    .hasMessageContaining("expired").hasMessageNotContaining("424242424242")
                    .extracting(e -> ((EnrollmentException) e).problem()).isEqualTo(EnrollmentProblem.CARD_REJECTED);
            assertThat(f.tokenized).isEmpty();
        }
    }

    @Test
    void refusesALoyaltyNumberAnotherCustomerHolds() {
        try (EnrollmentFixture f = new EnrollmentFixture(dir)) {
            EnrollmentSession first = f.ready();
            first.existingLoyaltyNumber("l-1234abcd");
            f.enrollment.commit(first);

            EnrollmentSession second = f.ready();
            assertThatThrownBy(() -> second.existingLoyaltyNumber("L-1234ABCD"))
                    .extracting(e -> ((EnrollmentException) e).problem()).isEqualTo(EnrollmentProblem.LOYALTY_TAKEN);
        }
    }

    @Test
    void refusesMalformedDetailsNamingTheField() {
        try (EnrollmentFixture f = new EnrollmentFixture(dir)) {
            EnrollmentSession session = f.enrollment.begin(Locale.ENGLISH);
            session.acceptConsent();
            assertThatThrownBy(() -> session.details(" ", null, null, null)).hasMessageContaining("name");
            assertThatThrownBy(() -> session.details("Ada", null, "not-an-email", null)).hasMessageContaining("e-mail");
            assertThatThrownBy(() -> session.details("Ada", null, null, "call me")).hasMessageContaining("phone");
            assertThatThrownBy(() -> session.existingLoyaltyNumber("#!")).hasMessageContaining("loyalty number");
        }
    }
}
