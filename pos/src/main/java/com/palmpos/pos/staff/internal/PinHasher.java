package com.palmpos.pos.staff.internal;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 from the JCA with a 16-byte random salt per user. Deliberately slow (about 0.1-0.3 s per hash at
 * 210,000 iterations) so a stolen database does not give PINs away quickly. Thread-safe.
 */
public final class PinHasher {
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int KEY_BITS = 256;
    private final SecureRandom random = new SecureRandom();

    public byte[] newSalt() {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return salt;
    }

    /** Hashes {@code pin}; the caller still owns and should clear the array. */
    public byte[] hash(char[] pin, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(pin, salt, iterations, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is not available in this Java runtime", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** Constant-time comparison of {@code pin}'s hash with {@code expected}. */
    public boolean matches(char[] pin, byte[] salt, int iterations, byte[] expected) {
        byte[] actual = hash(pin, salt, iterations);
        try {
            return MessageDigest.isEqual(actual, expected);
        } finally {
            Arrays.fill(actual, (byte) 0);
        }
    }
}
