package com.palmpos.pos.enrollment;

import com.palmpos.pos.customer.CustomerStore;

/**
 * Completion of an online pre-enrollment at the counter (issue #7, journey 5): the customer gives their code and scans
 * their palm; the cloud checks the code and enrolls them; the terminal keeps the template so the customer is
 * recognised at once, even before the next customer pull brings their profile. Needs the network: offline it refuses
 * with {@link EnrollmentProblem#OFFLINE} and stores nothing. Thread-safe; blocks on the network: not on the FX thread.
 */
public final class PreEnrollmentService {
    private final PreEnrollments cloud;
    private final CustomerStore customers;
    private final KnownPalms knownPalms;

    public PreEnrollmentService(PreEnrollments cloud, CustomerStore customers, KnownPalms knownPalms) {
        this.cloud = cloud;
        this.customers = customers;
        this.knownPalms = knownPalms;
    }

    /**
     * Checks the pre-enrollment {@code code} (case and spaces ignored) before any palm capture; stores nothing.
     *
     * @throws EnrollmentException UNKNOWN_CODE (malformed or unknown), CODE_EXPIRED, CODE_USED or OFFLINE
     */
    public void check(String code) {
        cloud.check(Fields.code(code));
    }

    /**
     * Completes the pre-enrollment {@code code} (case and spaces ignored) with {@code template}.
     *
     * @throws EnrollmentException UNKNOWN_CODE (malformed or unknown), CODE_EXPIRED, CODE_USED, DUPLICATE (the palm is
     *                             already enrolled), INVALID_INPUT (empty template) or OFFLINE
     */
    public PreEnrollments.Completed complete(String code, byte[] template) {
        String normalized = Fields.code(code);
        if (template == null || template.length == 0) {
            throw new EnrollmentException(EnrollmentProblem.INVALID_INPUT, "the palm capture produced no template: scan again");
        }
        knownPalms.customerOf(template).ifPresent(owner -> {
            throw new EnrollmentException(EnrollmentProblem.DUPLICATE, "this palm is already enrolled (customer "
                    + owner + "): identify the customer instead");
        });
        PreEnrollments.Completed completed = cloud.complete(normalized, template);
        customers.savePalmTemplate(completed.customerId(), template);
        return completed;
    }
}
