package com.palmpos.scanner.internal.detect;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The palm detection model shipped in the scanner jar: MediaPipe's {@code palm_detection_lite.tflite} from the npm
 * package {@code @mediapipe/hands} 0.4.1675469240 (Apache-2.0; see {@code MEDIAPIPE-LICENSE.txt} beside it and the
 * scanner README for how it was cut out of {@code hands_solution_packed_assets.data}). The bytes are checked against
 * the SHA-256 below before use, so a damaged or swapped file fails loudly instead of detecting nonsense.
 */
public enum PalmDetectorModel {
    /** The lite model: about as accurate on open palms and faster (scanner README, "Palm detector"). */
    LITE("palm_detection_lite.tflite", "e9a4aaddf90dda56a87235303cf00e4c2d3fb28725f68fd88772997dac905c18"),
    /** The full model: larger, slower; kept out of the jar, for measurements only (see the README). */
    FULL("palm_detection_full.tflite", "2f25e740121983f68ffc05f99991d524dc0ea812134f6316a26125816941ee85");

    private final String file;
    private final String sha256;

    PalmDetectorModel(String file, String sha256) {
        this.file = file;
        this.sha256 = sha256;
    }

    /** File name of the model resource. */
    public String file() {
        return file;
    }

    /**
     * Reads the model from the class path and checks its digest.
     *
     * @throws IllegalStateException if the resource is missing or its SHA-256 differs
     */
    public byte[] load() {
        try (InputStream in = PalmDetectorModel.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("palm detector model " + file + " is not on the class path (expected "
                        + "beside " + PalmDetectorModel.class.getName() + "); rebuild the scanner jar");
            }
            return verified(in.readAllBytes(), sha256, file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read palm detector model " + file, e);
        }
    }

    /**
     * Returns {@code bytes} if their SHA-256 is {@code expectedSha256}.
     *
     * @throws IllegalStateException naming the file, both digests and the fix, otherwise
     */
    static byte[] verified(byte[] bytes, String expectedSha256, String name) {
        String actual = sha256(bytes);
        if (!actual.equalsIgnoreCase(expectedSha256)) {
            throw new IllegalStateException("palm detector model " + name + " has SHA-256 " + actual + " but "
                    + expectedSha256 + " is expected: the file is damaged or was replaced; restore it from the "
                    + "repository (scanner/src/main/resources) and rebuild");
        }
        return bytes;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
