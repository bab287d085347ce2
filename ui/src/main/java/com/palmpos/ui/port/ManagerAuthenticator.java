package com.palmpos.ui.port;

/**
 * Checks and changes the manager PIN. Implemented outside the UI (PBKDF2 hashes in the store, attempt counting,
 * lockout); the UI only asks.
 *
 * <p>Both methods may block (hashing is deliberately slow, the store is a database): the UI calls them through a
 * {@link com.palmpos.ui.task.TaskRunner}, never on the FX thread. Implementations must be thread-safe.
 *
 * <p>PINs travel as {@code char[]} so callers can wipe them: implementations must not keep, log or copy the arrays
 * into Strings; the caller zeroes them after the call returns.
 */
public interface ManagerAuthenticator {

    /**
     * Checks a PIN. Expensive on purpose (key stretching); counts wrong attempts.
     *
     * @param pin the digits entered; not kept beyond the call
     * @return what the UI should do next; never null
     * @throws RuntimeException if the check could not be made at all (e.g. the store is unreachable); the UI shows
     *     a retry message and logs the stack trace
     */
    AuthResult verify(char[] pin);

    /**
     * Replaces the PIN. Expensive; re-checks {@code currentPin} itself.
     *
     * @param currentPin the PIN in force now (the default one on a forced first change)
     * @param newPin the PIN to use from now on, already checked by the UI against the basic rules
     * @throws PinChangeException if the PIN was not changed, with the reason to show
     */
    void changePin(char[] currentPin, char[] newPin) throws PinChangeException;
}
