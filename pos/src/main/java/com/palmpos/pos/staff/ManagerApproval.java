package com.palmpos.pos.staff;

import com.palmpos.pos.audit.AuditAction;
import com.palmpos.pos.audit.AuditLog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Manager PIN approval for sensitive actions (refunds, voids, settings, privacy requests). Signs the manager in
 * through {@link StaffService#login} (same PBKDF2 check and lockout after repeated wrong PINs), checks the role and
 * audits every outcome with the action and its subject. The {@link Approval} it grants is single-use and expires after
 * {@link #VALID_FOR}. Thread-safe; slow on purpose (one PBKDF2 hash, ~0.1-0.3 s): never on the FX thread.
 */
public final class ManagerApproval {
    /** How long a granted approval may wait before it is used. */
    public static final Duration VALID_FOR = Duration.ofMinutes(2);

    private final StaffService staff;
    private final AuditLog audit;
    private final Clock clock;

    public ManagerApproval(StaffService staff, AuditLog audit, Clock clock) {
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Checks {@code pin} of {@code managerId} for {@code action} on {@code subject} (an order id, a customer id, a
     * setting key). The caller clears {@code pin} afterwards.
     */
    public ApprovalResult authorize(String managerId, char[] pin, SensitiveAction action, String subject) {
        Objects.requireNonNull(action, "action");
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("say what the approval is for (an order, customer or setting)");
        }
        LoginResult login = staff.login(managerId, pin);
        ApprovalResult result;
        String outcome;
        if (login instanceof LoginResult.Success success) {
            if (success.member().isManager()) {
                Instant now = clock.instant();
                result = new ApprovalResult.Granted(new Approval(managerId, action, subject, now, now.plus(VALID_FOR)));
                outcome = "GRANTED";
            } else {
                result = new ApprovalResult.NotAManager(success.member().name());
                outcome = "NOT_MANAGER";
            }
        } else if (login instanceof LoginResult.LockedOut locked) {
            result = new ApprovalResult.LockedOut(locked.until());
            outcome = "LOCKED_OUT";
        } else {
            result = new ApprovalResult.WrongPin(((LoginResult.WrongPin) login).attemptsLeft());
            outcome = "WRONG_PIN";
        }
        boolean known = !(result instanceof ApprovalResult.WrongPin) || staff.exists(managerId);
        audit.record(known ? managerId : StaffService.UNKNOWN, AuditAction.MANAGER_APPROVAL, subject, outcome,
                action.name());
        return result;
    }
}
