package com.palmpos.pos.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palmpos.pos.customer.CustomerProfile;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoyaltyLinkServiceTest {
    @TempDir
    Path dir;

    @Test
    void linksANumberToAnEnrolledCustomerAndQueuesIt() {
        try (EnrollmentFixture f = new EnrollmentFixture(dir)) {
            CustomerProfile ada = f.enrollment.commit(f.ready());

            CustomerProfile linked = f.loyalty.link(ada.customerId(), " l-77aa88bb ");

            assertThat(linked.loyaltyId()).isEqualTo("L-77AA88BB");
            assertThat(f.loyalty.findMember("L-77AA88BB")).map(CustomerProfile::customerId).hasValue(ada.customerId());
            assertThat(f.t.outbox.nextBatch(10)).extracting(e -> e.message().kind())
                    .containsExactly(CustomerMessages.KIND_ENROLLED, CustomerMessages.KIND_LOYALTY_LINKED);
        }
    }

    @Test
    void opensANewAccount() {
        try (EnrollmentFixture f = new EnrollmentFixture(dir)) {
            CustomerProfile ada = f.enrollment.commit(f.ready());
            assertThat(f.loyalty.openAccount(ada.customerId()).loyaltyId()).matches("L-[A-Z2-9]{8}");
        }
    }

    @Test
    void refusesUnknownCustomersAndTakenNumbers() {
        try (EnrollmentFixture f = new EnrollmentFixture(dir)) {
            CustomerProfile ada = f.enrollment.commit(f.ready());
            f.loyalty.link(ada.customerId(), "L-11111111");
            CustomerProfile bob = f.enrollment.commit(f.ready());

            assertThatThrownBy(() -> f.loyalty.link(bob.customerId(), "L-11111111"))
                    .extracting(e -> ((EnrollmentException) e).problem()).isEqualTo(EnrollmentProblem.LOYALTY_TAKEN);
            assertThatThrownBy(() -> f.loyalty.link("cus_nobody", "L-22222222"))
                    .extracting(e -> ((EnrollmentException) e).problem()).isEqualTo(EnrollmentProblem.UNKNOWN_CUSTOMER);
            assertThat(f.loyalty.findMember("L-99999999")).isEmpty();
        }
    }

    @Test
    void findsAMemberByLoyaltyNumberOrByPhoneInNationalAndInternationalForms() {
        try (EnrollmentFixture f = new EnrollmentFixture(dir)) {
            member(f, "cus-max", "L-MAX7", "0170 1234567");
            member(f, "cus-eve", "L-EVE2", "+44 (20) 7946-0018");

            assertThat(f.loyalty.findMember(" l-max7 ")).map(CustomerProfile::customerId).hasValue("cus-max");
            for (String typed : new String[] {"0170 1234567", "01701234567", "+49 170 1234567", "0049 170-1234567",
                    "+49 (0)170 123 45 67", "170/1234567"}) {
                assertThat(f.loyalty.findMember(typed)).as(typed).map(CustomerProfile::customerId).hasValue("cus-max");
            }
            assertThat(f.loyalty.findMember("020 7946 0018")).map(CustomerProfile::customerId).hasValue("cus-eve");
            assertThat(f.loyalty.findMember("0044 20 79460018")).map(CustomerProfile::customerId).hasValue("cus-eve");
        }
    }

    @Test
    void asksForTheLoyaltyNumberWhenSeveralMembersShareThePhone() {
        try (EnrollmentFixture f = new EnrollmentFixture(dir)) {
            member(f, "cus-max", "L-MAX7", "0170 1234567");
            member(f, "cus-mia", "L-MIA3", "+49 170 1234567");

            assertThatThrownBy(() -> f.loyalty.findMember("0170 1234567"))
                    .isInstanceOf(EnrollmentException.class)
                    .hasMessageContaining("loyalty number").hasMessageNotContaining("1234567")
                    .extracting(e -> ((EnrollmentException) e).problem()).isEqualTo(EnrollmentProblem.AMBIGUOUS_PHONE);
            assertThat(f.loyalty.findMember("L-MIA3")).map(CustomerProfile::customerId).hasValue("cus-mia");
        }
    }

    @Test
    void findsNobodyForAnUnknownPhoneOrAPhoneOfACustomerWithoutAccount() {
        try (EnrollmentFixture f = new EnrollmentFixture(dir)) {
            member(f, "cus-max", "L-MAX7", "0170 1234567");
            CustomerProfile ada = f.enrollment.commit(f.ready()); // phone +44 20 7946 0000, no loyalty account

            assertThat(f.loyalty.findMember("0170 7654321")).isEmpty();
            assertThat(f.loyalty.findMember("020 7946 0000")).isEmpty();
            f.loyalty.link(ada.customerId(), "L-ADA1");
            assertThat(f.loyalty.findMember("020 7946 0000")).map(CustomerProfile::customerId)
                    .hasValue(ada.customerId());
        }
    }

    @Test
    void aDigitsOnlyLoyaltyNumberWinsOverAPhoneAndMalformedTextIsRefused() {
        try (EnrollmentFixture f = new EnrollmentFixture(dir)) {
            member(f, "cus-num", "17012345678", null);
            member(f, "cus-max", "L-MAX7", "0170 12345678");

            assertThat(f.loyalty.findMember("17012345678")).map(CustomerProfile::customerId).hasValue("cus-num");
            assertThat(f.loyalty.findMember("0170 12345678")).map(CustomerProfile::customerId).hasValue("cus-max");
            assertThatThrownBy(() -> f.loyalty.findMember("ab"))
                    .extracting(e -> ((EnrollmentException) e).problem()).isEqualTo(EnrollmentProblem.INVALID_INPUT);
        }
    }

    private static void member(EnrollmentFixture f, String customerId, String loyaltyId, String phone) {
        f.t.customers.upsert(new CustomerProfile(customerId, "Member " + customerId, null, loyaltyId, Set.of(),
                Set.of(), null, 50, Instant.EPOCH, 1, Instant.EPOCH));
        f.t.customers.savePhone(customerId, phone);
    }
}
