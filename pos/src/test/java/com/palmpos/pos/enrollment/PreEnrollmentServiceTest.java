package com.palmpos.pos.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreEnrollmentServiceTest {
    @TempDir
    Path dir;

    @Test
    void completedCodeKeepsThePalmLocally() {
        try (EnrollmentFixture f = new EnrollmentFixture(dir)) {
            PreEnrollments cloud = (code, template) -> new PreEnrollments.Completed("cus_" + code, "L-AAAA2222");
            PreEnrollmentService service = new PreEnrollmentService(cloud, f.t.customers, KnownPalms.NONE);

            PreEnrollments.Completed done = service.complete(" abcd 2345 ", EnrollmentFixture.PALM);

            assertThat(done.customerId()).isEqualTo("cus_ABCD2345");
            assertThat(f.t.customers.palmTemplate("cus_ABCD2345")).isPresent();
        }
    }

    @Test
    void offlineStoresNothing() {
        try (EnrollmentFixture f = new EnrollmentFixture(dir)) {
            PreEnrollments cloud = (code, template) -> {
                throw new EnrollmentException(EnrollmentProblem.OFFLINE, "the cloud cannot be reached");
            };
            PreEnrollmentService service = new PreEnrollmentService(cloud, f.t.customers, KnownPalms.NONE);
            var before = f.counts();
            assertThatThrownBy(() -> service.complete("ABCD2345", EnrollmentFixture.PALM))
                    .extracting(e -> ((EnrollmentException) e).problem()).isEqualTo(EnrollmentProblem.OFFLINE);
            assertThat(f.t.customers.allPalmTemplates()).isEmpty();
            assertThat(f.counts()).isEqualTo(before);
        }
    }

    @Test
    void refusesMalformedCodesBeforeAskingTheCloud() {
        try (EnrollmentFixture f = new EnrollmentFixture(dir)) {
            PreEnrollments cloud = (code, template) -> {
                throw new AssertionError("the cloud must not be asked");
            };
            PreEnrollmentService service = new PreEnrollmentService(cloud, f.t.customers, KnownPalms.NONE);
            assertThatThrownBy(() -> service.complete("ab", EnrollmentFixture.PALM))
                    .extracting(e -> ((EnrollmentException) e).problem()).isEqualTo(EnrollmentProblem.UNKNOWN_CODE);
            assertThatThrownBy(() -> service.complete("ABCD2345", new byte[0]))
                    .extracting(e -> ((EnrollmentException) e).problem()).isEqualTo(EnrollmentProblem.INVALID_INPUT);
        }
    }
}
