package com.palmpos.cloud;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The cloud's master key (AES-256): it wraps each chain's data key, which encrypts the chain's personal fields and
 * palm templates (envelope encryption). It comes from the environment variable {@value #VARIABLE} (base64 of 32
 * bytes) or from a key file holding the same text; it is never stored in the database, only its {@link #id()}.
 * Generate one with {@code openssl rand -base64 32}. Immutable.
 */
public final class MasterKey {
    /** The environment variable holding the master key, base64. */
    public static final String VARIABLE = "PALMPOS_CLOUD_MASTER_KEY";
    private static final int BYTES = 32;

    private final SecretKey key;
    private final String id;

    private MasterKey(byte[] bytes) {
        this.key = new SecretKeySpec(bytes, "AES");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            this.id = HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** A master key from its base64 text (32 bytes). */
    public static MasterKey of(String base64, String source) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the master key in " + source + " is not base64: generate one with"
                    + " 'openssl rand -base64 32'");
        }
        if (bytes.length != BYTES) {
            throw new IllegalArgumentException("the master key in " + source + " has " + bytes.length + " bytes, not "
                    + BYTES + ": generate one with 'openssl rand -base64 32'");
        }
        MasterKey key = new MasterKey(bytes);
        Arrays.fill(bytes, (byte) 0);
        return key;
    }

    /** A fresh random key (tests, and the first start of an embedded cloud). */
    public static MasterKey random() {
        byte[] bytes = new byte[BYTES];
        new SecureRandom().nextBytes(bytes);
        return new MasterKey(bytes);
    }

    /**
     * A key derived (HMAC-SHA256) from the H2 file key of an embedded cloud: the terminal's key store already guards
     * that key, so the embedded cloud needs no key file of its own beside its data.
     */
    public static MasterKey derivedFrom(char[] fileKey) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            byte[] secret = new String(fileKey).getBytes(StandardCharsets.UTF_8);
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            Arrays.fill(secret, (byte) 0);
            byte[] bytes = mac.doFinal("palmpos-cloud-master-key-v1".getBytes(StandardCharsets.US_ASCII));
            MasterKey key = new MasterKey(bytes);
            Arrays.fill(bytes, (byte) 0);
            return key;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no HmacSHA256", e);
        }
    }

    /**
     * The key in {@code file}.
     *
     * @throws IllegalArgumentException if the file is missing, unreadable or does not hold a key
     */
    public static MasterKey fromFile(Path file) {
        try {
            return of(Files.readString(file, StandardCharsets.US_ASCII), file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the master key file " + file + ": create it with"
                    + " 'openssl rand -base64 32 > " + file + "' and keep it apart from the database's backups");
        }
    }

    /**
     * The key of {@value #VARIABLE} when set, else of {@code file}, created with a random key (owner-only) when it
     * does not exist: the embedded and development default.
     */
    public static MasterKey fromEnvironmentOrFile(Map<String, String> environment, Path file) {
        String value = environment.get(VARIABLE);
        if (value != null && !value.isBlank()) {
            return of(value, "the environment variable " + VARIABLE);
        }
        if (!Files.exists(file)) {
            MasterKey fresh = random();
            try {
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.createFile(file);
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system (Windows): the directory's permissions protect it
                }
                Files.writeString(file, fresh.toBase64(), StandardCharsets.US_ASCII);
                return fresh;
            } catch (FileAlreadyExistsException e) {
                return fromFile(file); // another process created it first
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the master key file " + file, e);
            }
        }
        return fromFile(file);
    }

    /**
     * The key of {@value #VARIABLE}; required where no default file makes sense (PostgreSQL).
     *
     * @throws IllegalArgumentException if the variable is not set
     */
    public static MasterKey fromEnvironment(Map<String, String> environment) {
        String value = environment.get(VARIABLE);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the cloud needs a master key to encrypt customers' data: set " + VARIABLE
                    + " (openssl rand -base64 32) or pass --master-key-file");
        }
        return of(value, "the environment variable " + VARIABLE);
    }

    /** A short public fingerprint, stored beside each wrapped data key to tell which master key wrapped it. */
    public String id() {
        return id;
    }

    /** The AES key (for the key ring only). */
    public SecretKey secretKey() {
        return key;
    }

    private String toBase64() {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    @Override
    public String toString() {
        return "MasterKey[id=" + id + "]";
    }
}
