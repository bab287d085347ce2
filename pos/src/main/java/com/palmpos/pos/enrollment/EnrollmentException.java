package com.palmpos.pos.enrollment;

import java.util.Objects;

/**
 * A refused enrollment step. {@link #problem()} says what kind (for the UI's sentence); the message says what and
 * what to do, and never contains card numbers, codes of other customers or template bytes.
 */
public final class EnrollmentException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final EnrollmentProblem problem;

    public EnrollmentException(EnrollmentProblem problem, String message) {
        this(problem, message, null);
    }

    public EnrollmentException(EnrollmentProblem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    public EnrollmentProblem problem() {
        return problem;
    }
}
