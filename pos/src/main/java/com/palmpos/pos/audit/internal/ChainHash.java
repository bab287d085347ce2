package com.palmpos.pos.audit.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The hash of one audit row: SHA-256 over the previous hash and every field, each length-prefixed so that moving
 * text from one field to the next changes the hash. Stateless, thread-safe.
 */
public final class ChainHash {
    /** The "previous hash" of the first row. */
    public static final String GENESIS = "0".repeat(64);

    private ChainHash() {
    }

    public static String of(String prevHash, long seq, Instant at, String terminalId, String actor, String action,
                            String subject, String outcome, String detail) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        field(digest, prevHash);
        digest.update(ByteBuffer.allocate(20).putLong(seq).putLong(at.getEpochSecond()).putInt(at.getNano()).array());
        for (String text : new String[] {terminalId, actor, action, subject, outcome, detail}) {
            field(digest, text);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void field(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        digest.update(bytes);
    }
}
