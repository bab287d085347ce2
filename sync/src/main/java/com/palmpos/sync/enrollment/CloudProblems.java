package com.palmpos.sync.enrollment;

import com.palmpos.pos.enrollment.EnrollmentException;
import com.palmpos.pos.enrollment.EnrollmentProblem;
import com.palmpos.sync.api.Problem;
import com.palmpos.sync.client.CloudException;

/** Turns a failed cloud call into the enrollment refusal the UI shows. Stateless. */
final class CloudProblems {
    private CloudProblems() {
    }

    /** OFFLINE for anything a later retry may fix (network, 5xx, bad response) or a terminal not (yet) registered. */
    static EnrollmentException offline(CloudException e, String what) {
        String why = e.kind() == CloudException.Kind.UNAUTHORIZED
                ? "the terminal is not registered with the cloud (yet): check the activation under Settings"
                : "the cloud cannot be reached: try again when the terminal is online";
        return new EnrollmentException(EnrollmentProblem.OFFLINE, what + ": " + why, e);
    }

    /** The cloud's own sentence for a refusal, without the call line. */
    static String detail(CloudException e) {
        return e.problem().map(Problem::detail).filter(d -> d != null && !d.isBlank()).orElse(e.getMessage());
    }

    static String code(CloudException e) {
        return e.problem().map(Problem::code).orElse("");
    }
}
