package com.palmpos.ui.testing;

import com.palmpos.ui.port.AuthResult;
import com.palmpos.ui.port.ManagerAuthenticator;
import com.palmpos.ui.port.PinChangeException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;

/**
 * Test stand-in for the store-backed authenticator: default PIN 0000 that must be changed, three wrong attempts
 * then a five-minute lockout. Records the arrays it was given so tests can check they were wiped afterwards.
 */
public final class InMemoryManagerAuthenticator implements ManagerAuthenticator {

    public static final String DEFAULT_PIN = "0000";
    public static final int MAX_ATTEMPTS = 3;
    public static final Duration LOCKOUT = Duration.ofMinutes(5);

    private final Clock clock;
    private char[] pin = DEFAULT_PIN.toCharArray();
    private boolean mustChange = true;
    private int attemptsLeft = MAX_ATTEMPTS;
    private Instant lockedUntil = Instant.MIN;
    private RuntimeException failure;
    private final List<char[]> received = new ArrayList<>();

    public InMemoryManagerAuthenticator(Clock clock) {
        this.clock = clock;
    }

    /** A manager PIN already chosen (no forced change). */
    public InMemoryManagerAuthenticator withPin(String chosen) {
        pin = chosen.toCharArray();
        mustChange = false;
        return this;
    }

    /** Makes every call fail as an unreachable store would. */
    public void failWith(RuntimeException next) {
        failure = next;
    }

    @Override
    public synchronized AuthResult verify(char[] candidate) {
        received.add(candidate);
        if (failure != null) {
            throw failure;
        }
        if (clock.instant().isBefore(lockedUntil)) {
            return AuthResult.lockedOut(lockedUntil);
        }
        if (!Arrays.equals(candidate, pin)) {
            attemptsLeft--;
            if (attemptsLeft < 0) {
                lockedUntil = clock.instant().plus(LOCKOUT);
                attemptsLeft = MAX_ATTEMPTS;
                return AuthResult.lockedOut(lockedUntil);
            }
            return AuthResult.wrong(attemptsLeft);
        }
        attemptsLeft = MAX_ATTEMPTS;
        return mustChange ? AuthResult.mustChange() : AuthResult.ok();
    }

    @Override
    public synchronized void changePin(char[] currentPin, char[] newPin) throws PinChangeException {
        received.add(currentPin);
        received.add(newPin);
        if (failure != null) {
            throw failure;
        }
        if (!Arrays.equals(currentPin, pin)) {
            throw new PinChangeException(PinChangeException.Reason.WRONG_CURRENT_PIN, "current PIN does not match");
        }
        if (Arrays.equals(newPin, DEFAULT_PIN.toCharArray())) {
            throw new PinChangeException(PinChangeException.Reason.REJECTED_BY_POLICY, "new PIN is the default");
        }
        pin = newPin.clone();
        mustChange = false;
    }

    public synchronized boolean hasPin(String expected) {
        return Arrays.equals(pin, expected.toCharArray());
    }

    /** True if every PIN array handed to this authenticator has been overwritten with zeros by the caller. */
    public synchronized boolean receivedArraysWereWiped() {
        return !received.isEmpty() && received.stream().allMatch(array -> new String(array).chars().allMatch(c -> c == 0));
    }
}
