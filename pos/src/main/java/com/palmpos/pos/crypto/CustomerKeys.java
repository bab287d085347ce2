package com.palmpos.pos.crypto;

import com.palmpos.pos.store.OwnerOnly;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Crypto-shredding: every customer's palm template and personal fields are sealed with keys of their own, kept
 * outside the database in {@code <data>/customer-keys}, one small file per customer and purpose, each wrapped
 * (AES-GCM) with a key derived from the terminal's template key. Erasing a customer overwrites and deletes their key
 * file: the sealed bytes that H2 may keep in free pages of its (append-only) file until it reuses them can then never
 * be opened again, by anyone, with any key the terminal still holds. File names are a keyed hash of the customer id,
 * so the folder does not list who is enrolled.
 *
 * <p>Why files and not a table: a deleted row lingers in the database file, and a wrapped key found there would open
 * everything again. A key file is overwritten in place before it is unlinked (true on ext4, NTFS and APFS for files
 * this small; copy-on-write file systems and SSD wear levelling may keep an old block, which still needs the
 * terminal key to unwrap). Thread-safe; unwrapped keys are cached in memory until shredded.
 */
public final class CustomerKeys {
    /** Which of a customer's two keys: palm data can be erased without the profile. */
    public enum Purpose {
        BIOMETRIC, PERSONAL
    }

    /** First byte of everything sealed with a customer key (TemplateCipher's own format is 1). */
    public static final byte VERSION = 2;
    private static final String TEXT_PREFIX = "pc2:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int WRAPPED_BYTES = 1 + NONCE_BYTES + 32 + TAG_BITS / 8;

    private final Path directory;
    private final SecretKey wrapKey;
    private final SecretKey nameKey;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, SecretKey> cache = new ConcurrentHashMap<>();

    CustomerKeys(Path directory, byte[] terminalKey) {
        this.directory = directory;
        this.wrapKey = Hkdf.derive(terminalKey, "palmpos customer-keys wrap");
        this.nameKey = new SecretKeySpec(Hkdf.derive(terminalKey, "palmpos customer-keys names").getEncoded(),
                "HmacSHA256");
    }

    /** Seals {@code plain} with the customer's key of {@code purpose}, creating that key on first use. */
    public byte[] seal(String customerId, Purpose purpose, byte[] plain) {
        SecretKey key = key(customerId, purpose, true).orElseThrow();
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] body = gcm(customerId, Cipher.ENCRYPT_MODE, key, nonce, aad(customerId, purpose), plain, 0,
                plain.length);
        return ByteBuffer.allocate(1 + NONCE_BYTES + body.length).put(VERSION).put(nonce).put(body).array();
    }

    /**
     * Opens what {@link #seal} produced.
     *
     * @throws KeyException if the key was shredded (the customer was erased), or the bytes were altered
     */
    public byte[] open(String customerId, Purpose purpose, byte[] sealed) {
        if (sealed.length < 1 + NONCE_BYTES + TAG_BITS / 8 || sealed[0] != VERSION) {
            throw new KeyException("sealed data of customer " + customerId + " is truncated or of an unknown format", null);
        }
        SecretKey key = key(customerId, purpose, false).orElseThrow(() -> new KeyException("no " + purpose
                + " key of customer " + customerId + " here: the customer was erased (their sealed data can never be"
                + " read again) or the data was sealed with another terminal's key", null));
        byte[] nonce = java.util.Arrays.copyOfRange(sealed, 1, 1 + NONCE_BYTES);
        return gcm(customerId, Cipher.DECRYPT_MODE, key, nonce, aad(customerId, purpose), sealed, 1 + NONCE_BYTES,
                sealed.length - 1 - NONCE_BYTES);
    }

    /** Text form of {@link #seal} for VARCHAR columns and JSON; {@code null} stays {@code null}. */
    public String sealText(String customerId, Purpose purpose, String plain) {
        return plain == null ? null : TEXT_PREFIX + Base64.getEncoder().encodeToString(
                seal(customerId, purpose, plain.getBytes(StandardCharsets.UTF_8)));
    }

    /** Opens {@link #sealText}; text without the prefix (written before sealing was applied) is returned as is. */
    public String openText(String customerId, Purpose purpose, String stored) {
        if (!isSealedText(stored)) {
            return stored;
        }
        byte[] sealed = Base64.getDecoder().decode(stored.substring(TEXT_PREFIX.length()));
        return new String(open(customerId, purpose, sealed), StandardCharsets.UTF_8);
    }

    /** Whether {@code stored} is the output of {@link #sealText}. */
    public static boolean isSealedText(String stored) {
        return stored != null && stored.startsWith(TEXT_PREFIX);
    }

    /** Whether the customer has a key of {@code purpose} here. */
    public boolean has(String customerId, Purpose purpose) {
        return cache.containsKey(cacheKey(customerId, purpose)) || Files.exists(file(customerId, purpose));
    }

    /**
     * Destroys the customer's key of {@code purpose}: overwritten with zeros, forced to disk, then deleted. Idempotent.
     * Everything sealed with it becomes unreadable for good.
     *
     * @return whether a key existed
     */
    public boolean shred(String customerId, Purpose purpose) {
        cache.remove(cacheKey(customerId, purpose));
        Path file = file(customerId, purpose);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            long size = channel.size();
            channel.write(ByteBuffer.allocate((int) Math.max(size, WRAPPED_BYTES)), 0);
            channel.force(true);
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot erase the customer key " + file + ": " + e.getMessage()
                    + " (check the permissions of " + directory + ")", e);
        }
        try {
            Files.delete(file);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the customer key " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * A small keyed hash of {@code text} in 0..65535, for looking up a sealed value (a phone number's tail) without
     * storing it: a bucket holds many numbers, so it tells little even to someone holding the terminal key.
     */
    public int bucket(String text) {
        byte[] mac = mac(("bucket\0" + text).getBytes(StandardCharsets.UTF_8));
        return ((mac[0] & 0xff) << 8) | (mac[1] & 0xff);
    }

    private Optional<SecretKey> key(String customerId, Purpose purpose, boolean create) {
        String cacheKey = cacheKey(customerId, purpose);
        SecretKey cached = cache.get(cacheKey);
        if (cached != null) {
            return Optional.of(cached);
        }
        synchronized (this) {
            Path file = file(customerId, purpose);
            try {
                SecretKey key;
                if (Files.exists(file)) {
                    key = unwrap(customerId, purpose, Files.readAllBytes(file));
                } else if (create) {
                    key = createKey(customerId, purpose, file);
                } else {
                    return Optional.empty();
                }
                cache.put(cacheKey, key);
                return Optional.of(key);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot use the customer key " + file + ": " + e.getMessage(), e);
            }
        }
    }

    private SecretKey createKey(String customerId, Purpose purpose, Path file) throws IOException {
        byte[] raw = new byte[32];
        random.nextBytes(raw);
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] body = gcm(customerId, Cipher.ENCRYPT_MODE, wrapKey, nonce, aad(customerId, purpose), raw, 0,
                raw.length);
        byte[] wrapped = ByteBuffer.allocate(WRAPPED_BYTES).put(VERSION).put(nonce).put(body).array();
        OwnerOnly.createDirectories(directory);
        Path temp = Files.createTempFile(directory, "key", ".tmp", OwnerOnly.fileAttribute());
        try {
            Files.write(temp, wrapped);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.createLink(file, temp);
        } catch (FileAlreadyExistsException raced) {
            return unwrap(customerId, purpose, Files.readAllBytes(file));
        } finally {
            Files.deleteIfExists(temp);
        }
        return new SecretKeySpec(raw, "AES");
    }

    private SecretKey unwrap(String customerId, Purpose purpose, byte[] wrapped) {
        if (wrapped.length != WRAPPED_BYTES || wrapped[0] != VERSION) {
            throw new KeyException("the " + purpose + " key of customer " + customerId + " in " + directory
                    + " is damaged: their sealed data cannot be read (erase and re-enroll the customer)", null);
        }
        byte[] nonce = java.util.Arrays.copyOfRange(wrapped, 1, 1 + NONCE_BYTES);
        return new SecretKeySpec(gcm(customerId, Cipher.DECRYPT_MODE, wrapKey, nonce, aad(customerId, purpose), wrapped,
                1 + NONCE_BYTES, wrapped.length - 1 - NONCE_BYTES), "AES");
    }

    private static byte[] gcm(String customerId, int mode, SecretKey key, byte[] nonce, byte[] aad, byte[] in,
            int offset, int length) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad);
            return cipher.doFinal(in, offset, length);
        } catch (AEADBadTagException e) {
            throw new KeyException("sealed data of customer " + customerId + " does not decrypt: it was altered,"
                    + " belongs to another customer or was sealed with another terminal's key", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    private static byte[] aad(String customerId, Purpose purpose) {
        return (purpose.name() + "\0" + customerId).getBytes(StandardCharsets.UTF_8);
    }

    private static String cacheKey(String customerId, Purpose purpose) {
        return purpose.name() + "\0" + customerId;
    }

    private Path file(String customerId, Purpose purpose) {
        byte[] mac = mac((purpose.name() + "\0" + customerId).getBytes(StandardCharsets.UTF_8));
        return directory.resolve(HexFormat.of().formatHex(mac, 0, 16) + ".key");
    }

    private byte[] mac(byte[] input) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(nameKey);
            return mac.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
