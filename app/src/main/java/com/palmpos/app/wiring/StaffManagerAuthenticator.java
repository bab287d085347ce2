package com.palmpos.app.wiring;

import com.palmpos.pos.staff.LoginResult;
import com.palmpos.pos.staff.PinChangeRefusedException;
import com.palmpos.pos.staff.StaffService;
import com.palmpos.ui.port.AuthResult;
import com.palmpos.ui.port.ManagerAuthenticator;
import com.palmpos.ui.port.PinChangeException;
import com.palmpos.ui.port.PinChangeException.Reason;

/**
 * The manager PIN pad backed by the store's staff accounts: the pad signs in as one manager account (the default
 * manager unless configured otherwise). Thread-safe; every call costs one PBKDF2 hash (a PIN change two: check, then the new hash).
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
        try {
            staff.changePin(managerId, currentPin, newPin);
        } catch (PinChangeRefusedException refused) {
            Reason reason = switch (refused.reason()) {
                case LOCKED_OUT -> Reason.LOCKED_OUT;
                case WRONG_CURRENT_PIN -> Reason.WRONG_CURRENT_PIN;
                case WEAK_PIN -> Reason.REJECTED_BY_POLICY;
            };
            throw new PinChangeException(reason, refused.getMessage());
        }
    }
}
