package com.palmpos.app.wiring;

import com.palmpos.pos.staff.LoginResult;
import com.palmpos.pos.staff.StaffService;
import com.palmpos.ui.port.AuthResult;
import com.palmpos.ui.port.ManagerAuthenticator;
import com.palmpos.ui.port.PinChangeException;
import com.palmpos.ui.port.PinChangeException.Reason;

/**
 * The manager PIN pad backed by the store's staff accounts: the pad signs in as one manager account (the default
 * manager unless configured otherwise). Thread-safe; every call costs one or two PBKDF2 hashes.
 */
public final class StaffManagerAuthenticator implements ManagerAuthenticator {
    private final StaffService staff;
    private final String managerId;

    public StaffManagerAuthenticator(StaffService staff, String managerId) {
        this.staff = staff;
        this.managerId = managerId;
    }

    @Override
    public AuthResult verify(char[] pin) {
        LoginResult result = staff.login(managerId, pin);
        if (result instanceof LoginResult.Success success) {
            return success.member().mustChangePin() ? AuthResult.mustChange() : AuthResult.ok();
        }
        if (result instanceof LoginResult.LockedOut locked) {
            return AuthResult.lockedOut(locked.until());
        }
        return AuthResult.wrong(((LoginResult.WrongPin) result).attemptsLeft());
    }

    @Override
    public void changePin(char[] currentPin, char[] newPin) throws PinChangeException {
        LoginResult check = staff.login(managerId, currentPin);
        if (check instanceof LoginResult.LockedOut) {
            throw new PinChangeException(Reason.LOCKED_OUT, "manager account is locked");
        }
        if (!(check instanceof LoginResult.Success)) {
            throw new PinChangeException(Reason.WRONG_CURRENT_PIN, "current manager PIN was wrong");
        }
        try {
            staff.changePin(managerId, currentPin, newPin);
        } catch (IllegalArgumentException refused) {
            throw new PinChangeException(Reason.REJECTED_BY_POLICY, refused.getMessage());
        }
    }
}
