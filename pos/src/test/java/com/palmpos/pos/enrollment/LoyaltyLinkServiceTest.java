package com.palmpos.pos.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palmpos.pos.customer.CustomerProfile;
import java.nio.file.Path;
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
}
