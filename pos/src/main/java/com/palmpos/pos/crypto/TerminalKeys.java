package com.palmpos.pos.crypto;

import com.palmpos.pos.store.OwnerOnly;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The terminal's secret keys, kept outside the database: a PKCS#12 keystore {@code keys.p12} in the data directory,
 * readable by its owner only (created on first start), or a master key supplied by the environment
 * ({@code PALMPOS_MASTER_KEY}, 32 bytes in Base64) for stores that keep keys in a vault.
 *
 * <p>Two independent AES-256 keys: one encrypts the H2 database file ({@code CIPHER=AES}), one encrypts palm
 * templates (AES-GCM, {@link TemplateCipher}). The key store is owner-only and locked with a {@link KeyStoreLock}:
 * a systemd credential (TPM-sealed where the service says so) or this machine's id, so a copy of the data directory
 * that leaves the machine does not open. A store that wants a secret the file system cannot leak at all supplies
 * {@code PALMPOS_MASTER_KEY} from its vault instead; then no key file exists. New hardware receives the keys through
 * {@link #exportTo} and {@link #importInto} (a passphrase-protected copy). Immutable, thread-safe.
 *
 * <p>A key store is never created beside an existing database: a missing {@code keys.p12} there is refused with a
 * sentence, as are an empty or truncated one, so a restore mistake can never silently orphan the data.
 */
public final class TerminalKeys {
    static final String FILE_NAME = "keys.p12";
    private static final String DATABASE_ALIAS = "database-file";
    private static final String TEMPLATE_ALIAS = "palm-templates";
    /** The shortest passphrase an exported key file accepts. */
    public static final int MIN_PASSPHRASE = 12;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TerminalKeys.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final SecretKey databaseKey;
    private final SecretKey templateKey;

    private TerminalKeys(SecretKey databaseKey, SecretKey templateKey) {
        this.databaseKey = databaseKey;
        this.templateKey = templateKey;
    }

    /**
     * The keys for {@code dataDir}: from {@code masterKeyBase64} when given, else from the keystore there, created
     * with fresh random keys on first use and locked with {@link KeyStoreLock#fromEnvironment()}.
     *
     * @throws KeyException if the master key is malformed or the keystore is unreadable or too widely readable
     */
    public static TerminalKeys load(Path dataDir, Optional<String> masterKeyBase64) {
        return load(dataDir, masterKeyBase64, KeyStoreLock.fromEnvironment());
    }

    /**
     * As {@link #load(Path, Optional)} with the key store locked by {@code lock}: a store locked with the old fixed
     * name is re-locked with {@code lock}; one locked by another machine's secret is refused with a sentence.
     */
    public static TerminalKeys load(Path dataDir, Optional<String> masterKeyBase64, KeyStoreLock lock) {
        if (masterKeyBase64.isPresent()) {
            return fromMaster(masterKeyBase64.get());
        }
        Path file = dataDir.resolve(FILE_NAME);
        Path database = dataDir.resolve(DATABASE_FILE);
        if (!Files.exists(file) && isEncryptedDatabase(database)) {
            throw new KeyException("the key store " + file + " is missing but the database " + database
                    + " exists: restore keys.p12 from your backup (or set PALMPOS_MASTER_KEY if this terminal uses"
                    + " one). PalmPOS does not create a new key beside an existing database: it could never read it", null);
        }
        try {
            if (Files.exists(file) && Files.size(file) == 0) {
                throw new KeyException("the key store " + file + " is empty (0 bytes): restore keys.p12 from your"
                        + " backup; without it the database and palm templates cannot be read", null);
            }
            return Files.exists(file) ? read(file, lock) : create(dataDir, file, lock);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            if (e instanceof KeyException k) {
                throw k;
            }
            throw new KeyException("the key store " + file + " is damaged or truncated (" + size(file) + " bytes, "
                    + describe(e) + "): restore keys.p12 from your backup; without it the database and palm"
                    + " templates cannot be read", e);
        }
    }

    /**
     * Whether {@code file} exists and is an H2 file encrypted with {@code CIPHER=AES} (it starts with H2's
     * {@code H2encrypt} header; a plain file starts {@code H:2,}). A key store is never created beside such a file:
     * the new key could never open it. (A plain database, as tests and very old versions made, gets a key store.)
     */
    public static boolean isEncryptedDatabase(Path file) {
        byte[] header = "H2encrypt\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        try (InputStream in = Files.newInputStream(file)) {
            return java.util.Arrays.equals(in.readNBytes(header.length), header);
        } catch (IOException e) {
            return Files.exists(file);
        }
    }

    /** The H2 file of the terminal's database (see {@code Database}); a key store is never created beside it. */
    private static final String DATABASE_FILE = "palmpos.mv.db";
    private static final String KEY_CHECK_FILE = "keys.check";

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Whether the database key is the one a database in a directory was created with. */
    public enum KeyCheck {
        /** The key check written at the database's creation matches this key. */
        SAME_KEY,
        /** The key check says the database was made with another key. */
        OTHER_KEY,
        /** No key check was written (a database made by an older version). */
        UNKNOWN
    }

    /**
     * Compares this database key with the key check kept beside the database ({@code keys.check}: an HMAC of a fixed
     * text under the key, which says nothing about the key itself). Tells a damaged database (right key) from one
     * encrypted with another key, which H2 reports alike.
     */
    public KeyCheck checkDatabaseKey(Path dataDir) {
        Path file = dataDir.resolve(KEY_CHECK_FILE);
        try {
            if (!Files.exists(file)) {
                return KeyCheck.UNKNOWN;
            }
            return Files.readString(file).strip().equals(keyCheck()) ? KeyCheck.SAME_KEY : KeyCheck.OTHER_KEY;
        } catch (IOException e) {
            return KeyCheck.UNKNOWN;
        }
    }

    /** Writes the key check beside a database that opened with this key, once (owner-only). */
    public void recordDatabaseKey(Path dataDir) {
        Path file = dataDir.resolve(KEY_CHECK_FILE);
        if (Files.exists(file)) {
            return;
        }
        try {
            Path temp = Files.createTempFile(dataDir, "keys", ".check", OwnerOnly.fileAttribute());
            Files.writeString(temp, keyCheck() + "\n");
            try {
                Files.createLink(file, temp);
            } catch (FileAlreadyExistsException raced) {
                // another start wrote it first
            } finally {
                Files.delete(temp);
            }
        } catch (IOException e) {
            throw new KeyException("cannot write the key check " + file + ": " + e.getMessage(), e);
        }
    }

    private String keyCheck() {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(databaseKey.getEncoded(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal("palmpos database key check".getBytes(
                    java.nio.charset.StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static TerminalKeys fromMaster(String base64) {
        byte[] master;
        try {
            master = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new KeyException("PALMPOS_MASTER_KEY is not Base64: supply 32 random bytes in Base64", e);
        }
        if (master.length != 32) {
            throw new KeyException("PALMPOS_MASTER_KEY must be 32 bytes (Base64 of 32 random bytes), was "
                    + master.length + " bytes", null);
        }
        return new TerminalKeys(Hkdf.derive(master, "palmpos database-file"), Hkdf.derive(master, "palmpos palm-templates"));
    }

    private static TerminalKeys read(Path file, KeyStoreLock lock) throws IOException, GeneralSecurityException {
        if (isPosix() && !OWNER_ONLY.containsAll(Files.getPosixFilePermissions(file))) {
            throw new KeyException("the key store " + file + " can be read by other users: run 'chmod 600 " + file
                    + "' and check who has read it", null);
        }
        Optional<TerminalKeys> keys = open(file, lock.password());
        if (keys.isPresent()) {
            return keys.get();
        }
        if (!lock.isLegacy()) {
            Optional<TerminalKeys> old = open(file, KeyStoreLock.legacy().password());
            if (old.isPresent()) {
                old.get().writeStore(file.getParent(), file, lock.password(), true);
                LOG.info("Locked the key store {} with {} (it had the old fixed password)", file, lock.source());
                return old.get();
            }
        }
        throw new KeyException("the key store " + file + " is locked with another secret than " + lock.source()
                + ": it was made on another machine (or under another service credential). Keys move to new"
                + " hardware with 'palmpos keys export' on the old terminal and 'palmpos keys import' here; the"
                + " files were left as they are", null);
    }

    /** The keys in {@code file}, or empty when {@code password} is not the store's; throws when the file is damaged. */
    private static Optional<TerminalKeys> open(Path file, char[] password) throws IOException, GeneralSecurityException {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(file)) {
                store.load(in, password);
            } catch (IOException e) {
                if (e.getCause() instanceof java.security.UnrecoverableKeyException) {
                    return Optional.empty();
                }
                throw e;
            }
            SecretKey database = (SecretKey) store.getKey(DATABASE_ALIAS, password);
            SecretKey templates = (SecretKey) store.getKey(TEMPLATE_ALIAS, password);
            if (database == null || templates == null) {
                throw new KeyException("the key store " + file + " lacks a PalmPOS key: restore it from backup", null);
            }
            return Optional.of(new TerminalKeys(database, templates));
        } catch (java.security.UnrecoverableKeyException e) {
            return Optional.empty();
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
    }

    private static TerminalKeys create(Path dataDir, Path file, KeyStoreLock lock)
            throws IOException, GeneralSecurityException {
        OwnerOnly.createDirectories(dataDir);
        KeyGenerator generator = KeyGenerator.getInstance("AES");
        generator.init(256, new SecureRandom());
        TerminalKeys keys = new TerminalKeys(generator.generateKey(), generator.generateKey());
        if (lock.isLegacy()) {
            LOG.warn("No machine secret found (no systemd credential {}, no machine id): the key store {} is protected"
                    + " by its owner-only permission alone", KeyStoreLock.CREDENTIAL_NAME, file);
        }
        return keys.writeStore(dataDir, file, lock.password(), false) ? keys : read(file, lock);
    }

    /**
     * Writes these keys to {@code file} under {@code password} (zeroed here), owner-only, through a temporary file:
     * with {@code replace} it atomically replaces the file, else it never does (a hard link) and answers false when
     * another process created the file first.
     */
    private boolean writeStore(Path dir, Path file, char[] password, boolean replace)
            throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        KeyStore.ProtectionParameter protection = new KeyStore.PasswordProtection(password);
        store.setEntry(DATABASE_ALIAS, new KeyStore.SecretKeyEntry(databaseKey), protection);
        store.setEntry(TEMPLATE_ALIAS, new KeyStore.SecretKeyEntry(templateKey), protection);
        Path temp = Files.createTempFile(dir, "keys", ".tmp");
        try {
            if (isPosix()) {
                Files.setPosixFilePermissions(temp, OWNER_ONLY);
            }
            try (OutputStream out = Files.newOutputStream(temp)) {
                store.store(out, password);
            }
            if (replace) {
                Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                return true;
            }
            try {
                // a hard link never replaces an existing file: if another process created the store first, use its keys
                Files.createLink(file, temp);
                return true;
            } catch (FileAlreadyExistsException raced) {
                return false;
            }
        } finally {
            Files.deleteIfExists(temp);
            java.util.Arrays.fill(password, '\0');
        }
    }

    /**
     * Writes these keys to {@code out} (which must not exist yet), owner-only, locked with {@code passphrase} alone
     * (PKCS#12, PBES2 with AES-256): the copy that carries a terminal's keys to new hardware or a backup. The file is
     * as sensitive as the keys: keep it offline and delete it after the import.
     *
     * @throws KeyException if the passphrase is shorter than {@value #MIN_PASSPHRASE} characters or {@code out} exists
     */
    public void exportTo(Path out, char[] passphrase) {
        if (passphrase.length < MIN_PASSPHRASE) {
            throw new KeyException("the passphrase must have at least " + MIN_PASSPHRASE + " characters", null);
        }
        if (Files.exists(out)) {
            throw new KeyException(out + " exists already: choose a new file name (an export never overwrites)", null);
        }
        Path dir = out.toAbsolutePath().getParent();
        try {
            if (!writeStore(dir, out, passphrase.clone(), false)) {
                throw new KeyException(out + " exists already: choose a new file name (an export never overwrites)",
                        null);
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new KeyException("cannot write the key export " + out + ": " + describe(e), e);
        }
    }

    /**
     * Installs the keys of an export ({@link #exportTo}) into {@code dataDir} as its {@code keys.p12}, locked with
     * {@code lock} (this machine's). Refuses, with the files untouched, when the data directory has a key store
     * already, when the passphrase is wrong, or when a database there was made with other keys.
     */
    public static TerminalKeys importInto(Path dataDir, Path export, char[] passphrase, KeyStoreLock lock) {
        Path file = dataDir.resolve(FILE_NAME);
        if (Files.exists(file)) {
            throw new KeyException("the data directory " + dataDir + " has a key store already (" + file + "): an"
                    + " import never replaces one; move it aside first if it is really the wrong one", null);
        }
        if (!Files.isRegularFile(export)) {
            throw new KeyException("the key export " + export + " does not exist", null);
        }
        TerminalKeys keys;
        try {
            keys = open(export, passphrase.clone()).orElseThrow(() -> new KeyException("the passphrase does not open"
                    + " the key export " + export + ": check it and try again", null));
        } catch (IOException | GeneralSecurityException e) {
            throw new KeyException("the key export " + export + " is damaged or not a PalmPOS key export ("
                    + describe(e) + ")", e);
        }
        if (keys.checkDatabaseKey(dataDir) == KeyCheck.OTHER_KEY) {
            throw new KeyException("the key export " + export + " holds other keys than the ones the database in "
                    + dataDir + " was made with: import the export of that terminal", null);
        }
        OwnerOnly.createDirectories(dataDir);
        try {
            if (!keys.writeStore(dataDir, file, lock.password(), false)) {
                throw new KeyException("the data directory " + dataDir + " got a key store while importing: nothing"
                        + " was replaced", null);
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new KeyException("cannot write the key store " + file + ": " + describe(e), e);
        }
        return keys;
    }

    private static boolean isPosix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /** The H2 file password for {@code CIPHER=AES}; the caller zeroes it after use. */
    public char[] databaseFileKey() {
        return HexFormat.of().formatHex(databaseKey.getEncoded()).toCharArray();
    }

    /**
     * The H2 file password of the embedded cloud emulator's store in the data directory (derived from the database
     * key, so no new key file); the caller zeroes it after use.
     */
    public char[] emulatorFileKey() {
        return HexFormat.of().formatHex(Hkdf.derive(databaseKey.getEncoded(), "palmpos cloud-emulator").getEncoded())
                .toCharArray();
    }

    /** The cipher for palm templates at rest. */
    public TemplateCipher templateCipher() {
        return new TemplateCipher(new SecretKeySpec(templateKey.getEncoded(), "AES"));
    }
}
