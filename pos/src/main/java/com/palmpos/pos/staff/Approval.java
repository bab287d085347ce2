package com.palmpos.pos.staff;

import com.palmpos.pos.RefusalCode;
import com.palmpos.pos.RefusedStateException;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A manager's approval of one sensitive action on one subject, issued by {@link ManagerApproval}. It can be used once,
 * for that action and subject only, within {@link ManagerApproval#VALID_FOR} of being granted: an approval for a
 * small void cannot be replayed for a refund or a second void. Thread-safe.
 */
public final class Approval {
    private final String managerId;
    private final SensitiveAction action;
    private final String subject;
    private final Instant grantedAt;
    private final Instant expiresAt;
    private final AtomicBoolean used = new AtomicBoolean();

    Approval(String managerId, SensitiveAction action, String subject, Instant grantedAt, Instant expiresAt) {
        this.managerId = managerId;
        this.action = action;
        this.subject = subject;
        this.grantedAt = grantedAt;
        this.expiresAt = expiresAt;
    }

    public String managerId() {
        return managerId;
    }

    public SensitiveAction action() {
        return action;
    }

    public String subject() {
        return subject;
    }

    public Instant grantedAt() {
        return grantedAt;
    }

    /**
     * Uses the approval for {@code requested} on {@code requestedSubject} at {@code now}.
     *
     * @throws IllegalStateException if it was granted for something else, has expired or was used already; the
     *     message tells the cashier to ask the manager again
     */
    public void consume(SensitiveAction requested, String requestedSubject, Instant now) {
        if (requested != action || !subject.equals(requestedSubject)) {
            throw new RefusedStateException(RefusalCode.APPROVAL_OTHER_ACTION, "the manager approved " + action + " of "
                    + subject + ", not " + requested + " of " + requestedSubject
                    + ": ask the manager to approve this one", action, subject);
        }
        if (now.isAfter(expiresAt)) {
            throw new RefusedStateException(RefusalCode.APPROVAL_EXPIRED,
                    "the manager's approval has expired: ask the manager to enter their PIN again");
        }
        if (!used.compareAndSet(false, true)) {
            throw new RefusedStateException(RefusalCode.APPROVAL_USED,
                    "this approval was used already: ask the manager to approve again");
        }
    }

    @Override
    public String toString() {
        return "Approval[" + managerId + " " + action + " " + subject + " at " + grantedAt + "]";
    }
}
