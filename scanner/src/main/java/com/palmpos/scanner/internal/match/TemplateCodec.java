package com.palmpos.scanner.internal.match;

import com.palmpos.scanner.FeatureCode;
import com.palmpos.scanner.PalmTemplate;
import com.palmpos.scanner.TemplateFormatException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.CRC32;

/**
 * Binary form of {@link PalmTemplate}, format version 2 (big-endian):
 * <pre>
 * "PALM" magic (4) | version u16 | feature code u8 ({@link com.palmpos.scanner.FeatureCode#id()}) | grid u8 (32) | planes u8
 * | quality u8 (0..255) | payload length u32 | payload: fine code words then coarse code words, 8 bytes each
 * | CRC32 u32 over everything before it
 * </pre>
 * Stateless and thread-safe.
 */
public final class TemplateCodec {
    /**
     * Format version written by this code; readers refuse any other. Version 2 (the BOCV + ordinal code as
     * shipped default, and a feature code byte that may name any {@link FeatureCode}) replaced version 1 (pooled
     * BOCV of 6 orientations only): a version 1 template cannot be compared with a version 2 capture, so its
     * customer must enroll again.
     */
    public static final int VERSION = 2;
    private static final int MAGIC = 0x50414C4D; // "PALM"
    private static final int HEADER = 4 + 2 + 1 + 1 + 1 + 1 + 4;
    private static final int MAX_PAYLOAD = 1024 - HEADER - 4; // the 1 KiB budget of a stored template

    private TemplateCodec() {
    }

    public static byte[] encode(PalmTemplate t) {
        long[] fine = t.fineWords();
        long[] coarse = t.coarseWords();
        int payload = (fine.length + coarse.length) * 8;
        ByteBuffer buf = ByteBuffer.allocate(HEADER + payload + 4).order(ByteOrder.BIG_ENDIAN);
        buf.putInt(MAGIC).putShort((short) VERSION).put((byte) t.features().id())
                .put((byte) PalmTemplate.GRID).put((byte) t.planes())
                .put((byte) Math.round(t.quality() * 255f)).putInt(payload);
        for (long w : fine) {
            buf.putLong(w);
        }
        for (long w : coarse) {
            buf.putLong(w);
        }
        buf.putInt((int) crc(buf.array(), buf.position()));
        return buf.array();
    }

    public static PalmTemplate decode(byte[] bytes) {
        if (bytes == null || bytes.length < HEADER + 4) {
            throw new TemplateFormatException("palm template is truncated (" + (bytes == null ? 0 : bytes.length)
                    + " bytes, header alone needs " + (HEADER + 4) + "): re-enroll the customer");
        }
        ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN);
        try {
            if (buf.getInt() != MAGIC) {
                throw new TemplateFormatException("bytes are not a palm template (no PALM magic): "
                        + "check that the right record was loaded");
            }
            int version = Short.toUnsignedInt(buf.getShort());
            if (version != VERSION) {
                throw new TemplateFormatException("palm template format v" + version + " cannot be read by format v"
                        + VERSION + ": " + (version > VERSION ? "upgrade PalmPOS" : "re-enroll the customer"));
            }
            int coder = Byte.toUnsignedInt(buf.get());
            int grid = Byte.toUnsignedInt(buf.get());
            int planes = Byte.toUnsignedInt(buf.get());
            float quality = Byte.toUnsignedInt(buf.get()) / 255f;
            int payload = buf.getInt();
            FeatureCode features;
            try {
                features = FeatureCode.ofId(coder);
            } catch (IllegalArgumentException e) {
                throw new TemplateFormatException("palm template uses unknown feature code " + coder
                        + ": upgrade PalmPOS or re-enroll the customer");
            }
            if (payload < 0 || payload > MAX_PAYLOAD || grid != PalmTemplate.GRID || planes < 1
                    || planes > 6 || payload != expectedPayload(planes)) {
                throw new TemplateFormatException("palm template header is inconsistent (grid " + grid
                        + ", planes " + planes + ", payload " + payload + " bytes): record is damaged, "
                        + "re-enroll the customer");
            }
            if (bytes.length != HEADER + payload + 4) {
                throw new TemplateFormatException("palm template is " + bytes.length + " bytes but its header says "
                        + (HEADER + payload + 4) + ": record is truncated or padded, re-enroll the customer");
            }
            long[] fine = new long[CodeLayout.words(PalmTemplate.GRID, planes)];
            long[] coarse = new long[CodeLayout.words(PalmTemplate.COARSE_GRID, planes)];
            for (int i = 0; i < fine.length; i++) {
                fine[i] = buf.getLong();
            }
            for (int i = 0; i < coarse.length; i++) {
                coarse[i] = buf.getLong();
            }
            long expected = Integer.toUnsignedLong(buf.getInt());
            if (crc(bytes, HEADER + payload) != expected) {
                throw new TemplateFormatException("palm template checksum mismatch: record is corrupted, "
                        + "re-enroll the customer");
            }
            return new PalmTemplate(features, planes, quality, fine, coarse);
        } catch (BufferUnderflowException e) {
            throw new TemplateFormatException("palm template is truncated: re-enroll the customer");
        }
    }

    private static int expectedPayload(int planes) {
        return (CodeLayout.words(PalmTemplate.GRID, planes)
                + CodeLayout.words(PalmTemplate.COARSE_GRID, planes)) * 8;
    }

    private static long crc(byte[] bytes, int length) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, length);
        return crc.getValue();
    }
}
