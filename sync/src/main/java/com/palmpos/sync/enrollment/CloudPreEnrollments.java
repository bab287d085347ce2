package com.palmpos.sync.enrollment;

import com.palmpos.pos.enrollment.EnrollmentException;
import com.palmpos.pos.enrollment.EnrollmentProblem;
import com.palmpos.pos.enrollment.PreEnrollments;
import com.palmpos.sync.api.EnrollmentResult;
import com.palmpos.sync.api.PreEnrollmentCompletion;
import com.palmpos.sync.client.CloudClient;
import com.palmpos.sync.client.CloudException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * Completes pre-enrollments through the cloud ({@code POST /v1/pre-enrollments/{code}/completion}) and then runs
 * {@code afterEnrollment} (the app pulls customer changes, so the new profile reaches the cache at once). The
 * idempotency key is derived from the code and the template, so a retry after a lost answer gets the cloud's first
 * answer instead of "code already used", while a new scan is a new request. Blocks on the network; thread-safe.
 */
public final class CloudPreEnrollments implements PreEnrollments {
    private final CloudClient client;
    private final Runnable afterEnrollment;

    public CloudPreEnrollments(CloudClient client, Runnable afterEnrollment) {
        this.client = client;
        this.afterEnrollment = afterEnrollment;
    }

    @Override
    public Completed complete(String code, byte[] template) {
        EnrollmentResult result;
        try {
            result = client.completePreEnrollment(code, new PreEnrollmentCompletion(List.of(template)),
                    key(code, template));
        } catch (CloudException e) {
            throw refusal(e, code);
        }
        try {
            afterEnrollment.run();
        } catch (RuntimeException e) {
            // the enrollment stands; the periodic pull brings the profile later
            org.slf4j.LoggerFactory.getLogger(CloudPreEnrollments.class).warn("Customer pull after pre-enrollment failed", e);
        }
        return new Completed(result.customerId(), result.loyaltyNumber());
    }

    @Override
    public void check(String code) {
        try {
            client.preEnrollment(code);
        } catch (CloudException e) {
            throw refusal(e, code);
        }
    }

    static String key(String code, byte[] template) {
        byte[] prefix = ("pre-enrollment:" + code + ":").getBytes(StandardCharsets.UTF_8);
        byte[] all = java.util.Arrays.copyOf(prefix, prefix.length + template.length);
        System.arraycopy(template, 0, all, prefix.length, template.length);
        return UUID.nameUUIDFromBytes(all).toString();
    }

    private static EnrollmentException refusal(CloudException e, String code) {
        if (e.kind() != CloudException.Kind.REJECTED) {
            return CloudProblems.offline(e, "cannot complete pre-enrollment " + code);
        }
        return switch (e.status()) {
            case 404 -> new EnrollmentException(EnrollmentProblem.UNKNOWN_CODE, "no pre-enrollment has the code " + code
                    + ": check the code the customer shows", e);
            case 410 -> new EnrollmentException(EnrollmentProblem.CODE_EXPIRED, "the code " + code + " has expired:"
                    + " the customer must pre-enroll again or enroll at the counter", e);
            case 409 -> new EnrollmentException(EnrollmentProblem.CODE_USED, "the code " + code + " was already used:"
                    + " the customer is enrolled; identify them by palm", e);
            default -> new EnrollmentException(EnrollmentProblem.INVALID_INPUT, "the cloud refused the completion of "
                    + code + ": " + CloudProblems.detail(e) + " (scan the palm again)", e);
        };
    }
}
