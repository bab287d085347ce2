package com.palmpos.pos.staff;

import com.palmpos.pos.Refusal;
import com.palmpos.pos.RefusalCode;
import com.palmpos.pos.RefusedArgumentException;
import com.palmpos.pos.audit.AuditAction;
import com.palmpos.pos.audit.AuditLog;
import com.palmpos.pos.staff.internal.PinHasher;
import com.palmpos.pos.staff.internal.StaffRepository;
import com.palmpos.pos.store.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Staff sign-in with PINs. PINs arrive as {@code char[]} (the caller clears them after the call), are hashed with
 * PBKDF2-HMAC-SHA256 and a per-user salt, compared in constant time and never logged. After
 * {@link StaffSettings#maxAttempts()} wrong PINs in a row an account locks for {@link StaffSettings#lockout()}.
 * A fresh store gets a manager with the PIN {@value #DEFAULT_MANAGER_PIN} that must be changed at first sign-in.
 * Thread-safe. Sign-in and PIN changes are slow on purpose (one PBKDF2 hash, ~0.1-0.3 s): never on the FX thread.
 */
public final class StaffService {
    /** The well-known first PIN of the default manager; refused as a new PIN. */
    public static final String DEFAULT_MANAGER_PIN = "1234";
    public static final String DEFAULT_MANAGER_ID = "manager";
    /** The audit actor of a sign-in with an id that names no account. */
    static final String UNKNOWN = "unknown";
    private static final Logger LOG = LoggerFactory.getLogger(StaffService.class);

    private final Database database;
    private final Clock clock;
    private final StaffSettings settings;
    private final StaffRepository staff = new StaffRepository();
    private final PinHasher hasher = new PinHasher();
    private final byte[] dummySalt = hasher.newSalt();
    private final AuditLog audit;

    /** A service that does not audit sign-in failures (tools and tests); terminals use the audited constructor. */
    public StaffService(Database database, Clock clock, StaffSettings settings) {
        this(database, clock, settings, null);
    }

    /**
     * @param audit records every wrong PIN and lockout ({@link AuditAction#SIGN_IN_FAILED}) in the sign-in's own
     *              transaction; {@code null} records nothing
     */
    public StaffService(Database database, Clock clock, StaffSettings settings, AuditLog audit) {
        this.database = database;
        this.clock = clock;
        this.settings = settings;
        this.audit = audit;
    }

    /** On an empty staff table, creates the default manager (forced PIN change); returns whether it did. */
    public boolean ensureDefaultManager() {
        return database.inTransaction(c -> {
            if (staff.count(c) > 0) {
                return false;
            }
            byte[] salt = hasher.newSalt();
            char[] pin = DEFAULT_MANAGER_PIN.toCharArray();
            staff.insert(c, new StaffMember(DEFAULT_MANAGER_ID, "Manager", Role.MANAGER, true),
                    hasher.hash(pin, salt, settings.pinIterations()), salt, settings.pinIterations());
            Arrays.fill(pin, '\0');
            LOG.info("Created the default manager account; its PIN must be changed at first sign-in");
            return true;
        });
    }

    /** Adds a staff member whose first PIN, set by a manager, must be changed at their first sign-in. */
    public StaffMember add(String staffId, String name, Role role, char[] firstPin) {
        requireValidPin(firstPin);
        StaffMember member = new StaffMember(staffId, name, role, true);
        byte[] salt = hasher.newSalt();
        byte[] hash = hasher.hash(firstPin, salt, settings.pinIterations());
        database.inTransaction(c -> {
            if (staff.find(c, staffId).isPresent()) {
                throw new RefusedArgumentException(RefusalCode.STAFF_ID_TAKEN,
                        "staff id '" + staffId + "' is taken: choose another", staffId);
            }
            staff.insert(c, member, hash, salt, settings.pinIterations());
            return null;
        });
        return member;
    }

    /** Checks a PIN. Unknown ids cost the same hash and answer like a wrong PIN, so ids cannot be probed. */
    public LoginResult login(String staffId, char[] pin) {
        Instant now = clock.instant();
        return database.inTransaction(c -> {
            Optional<StaffRepository.Row> found = staff.find(c, staffId);
            if (found.isEmpty()) {
                hasher.hash(pin, dummySalt, settings.pinIterations());
                // the typed id is not recorded: it may be a PIN typed into the wrong field
                auditFailure(c, UNKNOWN, "WRONG_PIN", "sign-in with an unknown staff id");
                return new LoginResult.WrongPin(settings.maxAttempts());
            }
            StaffRepository.Row row = found.get();
            if (row.lockedUntil() != null && now.isBefore(row.lockedUntil())) {
                auditFailure(c, staffId, "LOCKED", "attempt while locked until " + row.lockedUntil());
                return new LoginResult.LockedOut(row.lockedUntil());
            }
            if (hasher.matches(pin, row.salt(), row.iterations(), row.hash())) {
                staff.clearLock(c, staffId);
                return new LoginResult.Success(row.member());
            }
            int failed = row.failedAttempts() + 1;
            if (failed >= settings.maxAttempts()) {
                int lockouts = row.lockouts() + 1;
                Duration lockTime = lockTime(lockouts);
                Instant until = now.plus(lockTime);
                staff.recordLock(c, staffId, lockouts, until);
                LOG.warn("Staff account {} locked until {} after {} wrong PINs (lock {} in a row)", staffId, until,
                        failed, lockouts);
                auditFailure(c, staffId, "LOCKED_OUT", failed + " wrong PINs in a row; lock " + lockouts
                        + " since the last right PIN, " + lockTime.toMinutes() + " min, until " + until);
                return new LoginResult.LockedOut(until);
            }
            staff.recordAttempt(c, staffId, failed, null);
            auditFailure(c, staffId, "WRONG_PIN", (settings.maxAttempts() - failed) + " attempts left");
            return new LoginResult.WrongPin(settings.maxAttempts() - failed);
        });
    }

    /**
     * Replaces the PIN after checking the current one, and clears {@code mustChangePin}.
     *
     * @throws PinChangeRefusedException if the current PIN is wrong, the account is locked or the new PIN is too weak
     *     (the reason and message say which)
     */
    public StaffMember changePin(String staffId, char[] currentPin, char[] newPin) {
        LoginResult check = login(staffId, currentPin);
        if (check instanceof LoginResult.LockedOut) {
            throw new PinChangeRefusedException(PinChangeRefusedException.Reason.LOCKED_OUT,
                    "the current PIN is not right: the account is locked, try again later",
                    Refusal.of(RefusalCode.PIN_CURRENT_LOCKED));
        }
        if (!(check instanceof LoginResult.Success success)) {
            throw new PinChangeRefusedException(PinChangeRefusedException.Reason.WRONG_CURRENT_PIN,
                    "the current PIN is not right", Refusal.of(RefusalCode.PIN_CURRENT_WRONG));
        }
        try {
            requireValidPin(newPin);
        } catch (RefusedArgumentException weak) {
            throw new PinChangeRefusedException(PinChangeRefusedException.Reason.WEAK_PIN, weak.getMessage(),
                    weak.refusal());
        }
        if (Arrays.equals(newPin, currentPin) || Arrays.equals(newPin, DEFAULT_MANAGER_PIN.toCharArray())) {
            throw new PinChangeRefusedException(PinChangeRefusedException.Reason.WEAK_PIN,
                    "choose a PIN different from the current and the default one", Refusal.of(RefusalCode.PIN_NOT_NEW));
        }
        byte[] salt = hasher.newSalt();
        byte[] hash = hasher.hash(newPin, salt, settings.pinIterations());
        database.inTransaction(c -> {
            staff.setPin(c, staffId, hash, salt, settings.pinIterations(), false);
            return null;
        });
        StaffMember m = success.member();
        return new StaffMember(m.staffId(), m.name(), m.role(), false);
    }

    /**
     * A manager's approval for a void, refund or 86 at a cashier's screen: signs the manager in (same lockout rules)
     * and checks the role.
     *
     * @throws IllegalArgumentException if the PIN is wrong, the account is locked or the person is not a manager
     */
    public StaffMember approveAsManager(String staffId, char[] pin) {
        LoginResult result = login(staffId, pin);
        if (result instanceof LoginResult.Success success) {
            if (!success.member().isManager()) {
                throw new RefusedArgumentException(RefusalCode.NOT_A_MANAGER, success.member().name()
                        + " is not a manager: ask a manager to approve", success.member().name());
            }
            return success.member();
        }
        if (result instanceof LoginResult.LockedOut locked) {
            throw new RefusedArgumentException(RefusalCode.MANAGER_LOCKED,
                    "this manager account is locked until " + locked.until(), locked.until());
        }
        throw new RefusedArgumentException(RefusalCode.MANAGER_PIN_WRONG, "wrong manager PIN");
    }

    /** The longest a lock lasts, however often it escalated: a manager's reset ends it sooner. */
    public static final Duration LONGEST_LOCK = Duration.ofDays(30);

    /**
     * How long the {@code lockouts}-th lock in a row lasts: {@link StaffSettings#lockout()} doubled for each lock
     * before it (5, 10, 20, 40 min...), at most {@link #LONGEST_LOCK}. With 5 tries per lock, 50 guesses take about
     * 3.5 days and the next 5 a further 3.5 (a 4-digit PIN: decades instead of the 3.5 days a fixed lock allowed).
     */
    Duration lockTime(int lockouts) {
        Duration time = settings.lockout();
        for (int i = 1; i < lockouts && time.compareTo(LONGEST_LOCK) < 0; i++) {
            time = time.multipliedBy(2);
        }
        return time.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : time;
    }

    /**
     * A manager ends the lock of {@code staffId} (and its escalation) after checking who is at the counter; audited
     * ({@link AuditAction#SIGN_IN_FAILED} with outcome {@code UNLOCKED}). The caller obtained the manager's approval.
     *
     * @return whether the account exists
     */
    public boolean resetLockout(String managerId, String staffId) {
        return database.inTransaction(c -> {
            if (staff.find(c, staffId).isEmpty()) {
                return false;
            }
            staff.clearLock(c, staffId);
            if (audit != null) {
                audit.append(c, managerId, AuditAction.SIGN_IN_FAILED, staffId, "UNLOCKED",
                        "lock and its escalation reset by a manager");
            }
            return true;
        });
    }

    /** Whether {@code staffId} names an active account; for audit entries, never shown to the person signing in. */
    boolean exists(String staffId) {
        return staffId != null && database.inTransaction(c -> staff.find(c, staffId)).isPresent();
    }

    private void auditFailure(Connection c, String staffId, String outcome, String detail) throws SQLException {
        if (audit != null) {
            audit.append(c, staffId, AuditAction.SIGN_IN_FAILED, staffId, outcome, detail);
        }
    }

    public List<StaffMember> list() {
        return database.inTransaction(staff::all);
    }

    private void requireValidPin(char[] pin) {
        if (pin == null || pin.length < settings.minPinLength() || pin.length > 12) {
            throw new RefusedArgumentException(RefusalCode.PIN_LENGTH, "a PIN has " + settings.minPinLength()
                    + " to 12 digits", settings.minPinLength(), 12);
        }
        for (char ch : pin) {
            if (ch < '0' || ch > '9') {
                throw new RefusedArgumentException(RefusalCode.PIN_DIGITS_ONLY, "a PIN has digits only");
            }
        }
        boolean allSame = true;
        for (char ch : pin) {
            allSame &= ch == pin[0];
        }
        if (allSame) {
            throw new RefusedArgumentException(RefusalCode.PIN_REPEATED_DIGIT,
                    "a PIN of one repeated digit is too easy to guess: choose another");
        }
    }
}
