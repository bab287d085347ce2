package com.palmpos.cloud.internal;

import com.palmpos.cloud.MasterKey;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Envelope encryption of the personal fields and palm templates at rest. Each chain has its own AES-256 data key,
 * kept in {@code chain_key} wrapped (AES-GCM) by the {@link MasterKey}; fields are sealed with AES-GCM under the
 * chain's data key, a fresh 96-bit nonce each time and the chain id as associated data (a value copied to another
 * chain's row does not open). Text is stored as {@code enc:v1:<base64>}, bytes behind a 4-byte magic. Values without
 * the mark are rows written before encryption: they read as they are and {@link #sealLegacyRows()} seals them at
 * start. JDK crypto only. Thread-safe; data keys are cached unwrapped in memory.
 */
public final class Sealer {
    private static final Logger LOG = LoggerFactory.getLogger(Sealer.class);
    static final String TEXT_MARK = "enc:v1:";
    private static final byte[] BYTES_MARK = {'P', 'E', 'N', 1};
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;
    private static final String[] CUSTOMER_FIELDS = {"display_name", "email", "phone", "card_token"};
    private static final String[] PRE_ENROLLMENT_FIELDS = {"display_name", "email", "phone", "card_token"};

    private final CloudDatabase db;
    private final MasterKey master;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, SecretKey> dataKeys = new ConcurrentHashMap<>();

    public Sealer(CloudDatabase db, MasterKey master) {
        this.db = db;
        this.master = master;
    }

    /** {@code plain} sealed for {@code chainId}'s rows; null stays null, a sealed value stays as it is. */
    public String seal(String chainId, String plain) {
        if (plain == null || plain.startsWith(TEXT_MARK)) {
            return plain;
        }
        return TEXT_MARK + Base64.getEncoder().encodeToString(encrypt(dataKey(chainId),
                plain.getBytes(StandardCharsets.UTF_8), aad(chainId)));
    }

    /** The plain text of a value of {@code chainId}'s rows (a legacy unsealed value as it is). */
    public String open(String chainId, String stored) {
        if (stored == null || !stored.startsWith(TEXT_MARK)) {
            return stored;
        }
        byte[] sealed = Base64.getDecoder().decode(stored.substring(TEXT_MARK.length()));
        return new String(decrypt(dataKey(chainId), sealed, aad(chainId)), StandardCharsets.UTF_8);
    }

    /** {@code plain} bytes sealed for {@code chainId}. */
    public byte[] sealBytes(String chainId, byte[] plain) {
        if (isSealed(plain)) {
            return plain;
        }
        byte[] sealed = encrypt(dataKey(chainId), plain, aad(chainId));
        return ByteBuffer.allocate(BYTES_MARK.length + sealed.length).put(BYTES_MARK).put(sealed).array();
    }

    /** The plain bytes of a sealed value of {@code chainId} (legacy unsealed bytes as they are). */
    public byte[] openBytes(String chainId, byte[] stored) {
        if (!isSealed(stored)) {
            return stored;
        }
        return decrypt(dataKey(chainId), Arrays.copyOfRange(stored, BYTES_MARK.length, stored.length), aad(chainId));
    }

    private static boolean isSealed(byte[] value) {
        return value != null && value.length > BYTES_MARK.length
                && Arrays.equals(value, 0, BYTES_MARK.length, BYTES_MARK, 0, BYTES_MARK.length);
    }

    private static byte[] aad(String chainId) {
        return ("palmpos-chain:" + chainId).getBytes(StandardCharsets.UTF_8);
    }

    private byte[] encrypt(SecretKey key, byte[] plain, byte[] aad) {
        try {
            byte[] nonce = new byte[NONCE];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad);
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    private static byte[] decrypt(SecretKey key, byte[] sealed, byte[] aad) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE));
            cipher.updateAAD(aad);
            return cipher.doFinal(sealed, NONCE, sealed.length - NONCE);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a sealed value does not open with its chain's data key: it was altered or"
                    + " copied from another chain", e);
        }
    }

    /** The chain's data key: cached, else unwrapped from {@code chain_key}, else created and stored wrapped. */
    private SecretKey dataKey(String chainId) {
        SecretKey cached = dataKeys.get(chainId);
        if (cached != null) {
            return cached;
        }
        // a connection of its own: a key created here is committed whatever becomes of the caller's transaction
        try (Connection c = db.connection()) {
            SecretKey key = load(c, chainId);
            if (key == null) {
                KeyGenerator generator = KeyGenerator.getInstance("AES");
                generator.init(256, random);
                SecretKey fresh = generator.generateKey();
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO chain_key (chain_id, wrapped_key,"
                        + " master_key_id, created_at) VALUES (?, ?, ?, ?)")) {
                    insert.setString(1, chainId);
                    insert.setBytes(2, wrap(master, chainId, fresh));
                    insert.setString(3, master.id());
                    insert.setTimestamp(4, Timestamp.from(Instant.now()));
                    insert.executeUpdate();
                    key = fresh;
                } catch (SQLException raced) {
                    key = load(c, chainId); // another instance created it first
                    if (key == null) {
                        throw raced;
                    }
                }
            }
            dataKeys.put(chainId, key);
            return key;
        } catch (SQLException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot get the data key of chain " + chainId, e);
        }
    }

    private SecretKey load(Connection c, String chainId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT wrapped_key, master_key_id FROM chain_key WHERE chain_id = ?")) {
            select.setString(1, chainId);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                requireMaster(rs.getString(2));
                return unwrap(master, chainId, rs.getBytes(1));
            }
        }
    }

    private void requireMaster(String storedId) {
        if (!master.id().equals(storedId)) {
            throw new IllegalStateException("the chains' data keys are wrapped by master key " + storedId
                    + ", not by the key given (" + master.id() + "): start with the right key, or rotate with"
                    + " 'palmpos cloud admin rotate-master-key'");
        }
    }

    private byte[] wrap(MasterKey by, String chainId, SecretKey key) {
        return encrypt(by.secretKey(), key.getEncoded(), ("palmpos-chain-key:" + chainId).getBytes(StandardCharsets.UTF_8));
    }

    private static SecretKey unwrap(MasterKey by, String chainId, byte[] wrapped) {
        byte[] raw = decrypt(by.secretKey(), wrapped, ("palmpos-chain-key:" + chainId).getBytes(StandardCharsets.UTF_8));
        return new SecretKeySpec(raw, "AES");
    }

    /**
     * Checks the master key against the stored data keys, then seals every row written in clear (before this
     * version, or by code that does not seal): customers' names, e-mails, phones and card tokens, pre-enrollments,
     * palm templates. Several instances may run it at once (sealing a sealed value changes nothing).
     *
     * @return how many rows were sealed
     */
    public int sealLegacyRows() {
        int sealed = db.inTransaction(tx -> {
            try (PreparedStatement select = tx.prepareStatement("SELECT master_key_id FROM chain_key");
                 ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    requireMaster(rs.getString(1));
                }
            }
            return sealText(tx, "customer", "customer_id", CUSTOMER_FIELDS)
                    + sealText(tx, "pre_enrollment", "code", PRE_ENROLLMENT_FIELDS) + sealTemplates(tx);
        });
        if (sealed > 0) {
            LOG.info("Sealed {} rows written in clear (envelope encryption, master key {})", sealed, master.id());
        }
        return sealed;
    }

    private int sealText(Connection tx, String table, String id, String[] fields) throws SQLException {
        StringBuilder where = new StringBuilder();
        StringBuilder set = new StringBuilder();
        for (String field : fields) {
            where.append(where.length() == 0 ? "" : " OR ").append("(").append(field).append(" IS NOT NULL AND ")
                    .append(field).append(" NOT LIKE '").append(TEXT_MARK).append("%')");
            set.append(set.length() == 0 ? "" : ", ").append(field).append(" = ?");
        }
        int count = 0;
        try (PreparedStatement select = tx.prepareStatement("SELECT " + id + ", chain_id, " + String.join(", ", fields)
                + " FROM " + table + " WHERE " + where);
             PreparedStatement update = tx.prepareStatement("UPDATE " + table + " SET " + set + " WHERE " + id + " = ?");
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                String chainId = rs.getString(2);
                for (int i = 0; i < fields.length; i++) {
                    update.setString(i + 1, seal(chainId, rs.getString(3 + i)));
                }
                update.setString(fields.length + 1, rs.getString(1));
                update.addBatch();
                count++;
            }
            update.executeBatch();
        }
        return count;
    }

    private int sealTemplates(Connection tx) throws SQLException {
        int count = 0;
        try (PreparedStatement select = tx.prepareStatement("SELECT t.id, c.chain_id, t.template FROM palm_template t"
                + " JOIN customer c ON c.customer_id = t.customer_id WHERE NOT t.sealed");
             PreparedStatement update = tx.prepareStatement(
                     "UPDATE palm_template SET template = ?, sealed = TRUE WHERE id = ?");
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                update.setBytes(1, sealBytes(rs.getString(2), rs.getBytes(3)));
                update.setLong(2, rs.getLong(1));
                update.addBatch();
                count++;
            }
            update.executeBatch();
        }
        return count;
    }

    /**
     * Re-wraps every chain's data key under {@code next} in one transaction: the sealed rows do not change, so this
     * is quick whatever the data's size. After it, start the cloud with {@code next} only.
     *
     * @return how many chain keys were re-wrapped
     */
    public int rewrap(MasterKey next) {
        return db.inTransaction(tx -> {
            int count = 0;
            try (PreparedStatement select = tx.prepareStatement(
                    "SELECT chain_id, wrapped_key, master_key_id FROM chain_key FOR UPDATE");
                 PreparedStatement update = tx.prepareStatement(
                         "UPDATE chain_key SET wrapped_key = ?, master_key_id = ? WHERE chain_id = ?");
                 ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    String chainId = rs.getString(1);
                    if (next.id().equals(rs.getString(3))) {
                        continue; // already re-wrapped by an interrupted earlier run
                    }
                    requireMaster(rs.getString(3));
                    update.setBytes(1, wrap(next, chainId, unwrap(master, chainId, rs.getBytes(2))));
                    update.setString(2, next.id());
                    update.setString(3, chainId);
                    update.addBatch();
                    count++;
                }
                update.executeBatch();
            }
            return count;
        });
    }
}
