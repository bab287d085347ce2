package com.palmpos.pos.audit;

import java.util.Optional;

/**
 * The result of checking the audit log's hash chain.
 *
 * @param rowsChecked how many rows were read
 * @param brokenAt    the first row whose stored hash or link does not match, if any
 * @param problem     what is wrong, for the manager and the auditor
 */
public record AuditVerification(long rowsChecked, Optional<Long> brokenAt, Optional<String> problem) {
    /** True when every row links to the one before and the head matches the newest row. */
    public boolean intact() {
        return problem.isEmpty();
    }
}
