package com.palmpos.pos.crypto;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The secret that locks the terminal's key store {@code keys.p12}, so that the file alone (a copied data directory, a
 * backup, a stolen disk image) does not give the keys. Taken, in this order, from:
 * <ol>
 *   <li>a systemd credential {@code palmpos-keystore} ({@code $CREDENTIALS_DIRECTORY/palmpos-keystore}): with
 *       {@code LoadCredentialEncrypted=} and {@code systemd-creds encrypt --with-key=tpm2} it is sealed to this
 *       machine's TPM, the strongest lock a Linux till has;</li>
 *   <li>this machine's id ({@code /etc/machine-id}): the key store opens only on the machine that made it. The id is
 *       readable by every local account, so this protects a copy that leaves the machine, not against an account
 *       that already runs as the terminal's user (nothing on the machine can: that account must read the keys);</li>
 *   <li>neither (not Linux): the old fixed name, and the file's owner-only permission is the only protection; the
 *       terminal logs a warning saying so.</li>
 * </ol>
 * The password is HKDF-SHA256 of the secret, so the secret itself is never a keystore password. Key stores locked
 * with the old fixed name are re-locked on first read. Moving a terminal's keys to new hardware goes through
 * {@link TerminalKeys#exportTo} and {@link TerminalKeys#importInto} with a passphrase. Immutable.
 */
public final class KeyStoreLock {
    /** The systemd credential's name. */
    public static final String CREDENTIAL_NAME = "palmpos-keystore";
    private static final char[] LEGACY_PASSWORD = "palmpos-terminal-keys".toCharArray();
    private static final List<Path> MACHINE_ID_FILES = List.of(Path.of("/etc/machine-id"),
            Path.of("/var/lib/dbus/machine-id"));

    private final String source;
    private final char[] password;

    private KeyStoreLock(String source, char[] password) {
        this.source = source;
        this.password = password;
    }

    /** The lock this process finds: the systemd credential, else the machine id, else the old fixed name. */
    public static KeyStoreLock fromEnvironment() {
        return detect(Optional.ofNullable(System.getenv("CREDENTIALS_DIRECTORY")).map(Path::of), MACHINE_ID_FILES);
    }

    /**
     * The lock from {@code credentialsDirectory}'s {@value #CREDENTIAL_NAME} file when there is one, else from the
     * first readable, non-empty machine id file, else the old fixed name.
     *
     * @throws KeyException if the credential file exists but cannot be read or is empty
     */
    public static KeyStoreLock detect(Optional<Path> credentialsDirectory, List<Path> machineIdFiles) {
        if (credentialsDirectory.isPresent()) {
            Path credential = credentialsDirectory.get().resolve(CREDENTIAL_NAME);
            if (Files.exists(credential)) {
                byte[] secret = read(credential).orElseThrow(() -> new KeyException("the systemd credential "
                        + credential + " is empty or unreadable: check the LoadCredential line of the PalmPOS"
                        + " service", null));
                return ofSecret("the systemd credential " + CREDENTIAL_NAME, secret);
            }
        }
        for (Path file : machineIdFiles) {
            Optional<byte[]> id = read(file);
            if (id.isPresent()) {
                return ofSecret("this machine's id (" + file + ")", id.get());
            }
        }
        return legacy();
    }

    /** A lock from {@code secret} (any length), named by {@code source} in messages. */
    public static KeyStoreLock ofSecret(String source, byte[] secret) {
        byte[] trimmed = new String(secret, StandardCharsets.UTF_8).strip().getBytes(StandardCharsets.UTF_8);
        byte[] derived = Hkdf.derive(trimmed, "palmpos keys.p12 password").getEncoded();
        char[] password = HexFormat.of().formatHex(derived).toCharArray();
        Arrays.fill(trimmed, (byte) 0);
        Arrays.fill(derived, (byte) 0);
        return new KeyStoreLock(source, password);
    }

    /** The fixed name that locked every key store before this lock existed (and still does where no secret is found). */
    public static KeyStoreLock legacy() {
        return new KeyStoreLock("no machine secret (file permissions only)", LEGACY_PASSWORD.clone());
    }

    /** Whether this is the old fixed name, which protects nothing by itself. */
    public boolean isLegacy() {
        return Arrays.equals(password, LEGACY_PASSWORD);
    }

    /** Where the secret came from, for messages and the log (never the secret). */
    public String source() {
        return source;
    }

    char[] password() {
        return password.clone();
    }

    private static Optional<byte[]> read(Path file) {
        try {
            if (!Files.isReadable(file)) {
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            return new String(bytes, StandardCharsets.UTF_8).isBlank() ? Optional.empty() : Optional.of(bytes);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return "KeyStoreLock[" + source + "]";
    }
}
