package com.palmpos.scanner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class PalmTemplateTest {
    private final PalmTemplate template = TestCodes.template(42);

    @Test
    void roundTripsThroughBytes() {
        assertThat(PalmTemplate.fromBytes(template.toBytes())).isEqualTo(template);
    }

    @Test
    void fitsInOneKibibyte() {
        assertThat(template.toBytes()).hasSizeLessThanOrEqualTo(1024);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 9, 100, 500, 900})
    void rejectsCorruptedByte(int offset) {
        byte[] bytes = template.toBytes();
        bytes[offset + 14 < bytes.length ? offset + 14 : offset] ^= 0x10;
        assertThatThrownBy(() -> PalmTemplate.fromBytes(bytes)).isInstanceOf(TemplateFormatException.class)
                .hasMessageContaining("re-enroll");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 5, 17, 600, 977})
    void rejectsTruncatedBytes(int length) {
        byte[] bytes = Arrays.copyOf(template.toBytes(), length);
        assertThatThrownBy(() -> PalmTemplate.fromBytes(bytes)).isInstanceOf(TemplateFormatException.class)
                .hasMessageContaining("truncated");
    }

    @Test
    void rejectsForeignBytes() {
        byte[] png = new byte[978];
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, 0, png, 0, 4);
        assertThatThrownBy(() -> PalmTemplate.fromBytes(png)).isInstanceOf(TemplateFormatException.class)
                .hasMessageContaining("not a palm template");
    }

    @Test
    void rejectsTemplateOfNewerFormat() {
        byte[] bytes = template.toBytes();
        ByteBuffer.wrap(bytes).putShort(4, (short) 3);
        rewriteCrc(bytes);
        assertThatThrownBy(() -> PalmTemplate.fromBytes(bytes)).isInstanceOf(TemplateFormatException.class)
                .hasMessageContaining("v3").hasMessageContaining("upgrade");
    }

    @Test
    void rejectsTemplateOfFormatOneWithReEnrollAdvice() {
        byte[] bytes = template.toBytes();
        ByteBuffer.wrap(bytes).putShort(4, (short) 1);
        bytes[6] = 1; // version 1 held pooled BOCV, feature code 1
        rewriteCrc(bytes);
        assertThatThrownBy(() -> PalmTemplate.fromBytes(bytes)).isInstanceOf(TemplateFormatException.class)
                .hasMessage("palm template format v1 cannot be read by format v2: re-enroll the customer");
    }

    @ParameterizedTest
    @EnumSource(FeatureCode.class)
    void keepsItsFeatureCodeThroughBytes(FeatureCode code) {
        PalmTemplate t = new PalmTemplate(code, 6, 0.5f, template.fineWords(), template.coarseWords());
        assertThat(PalmTemplate.fromBytes(t.toBytes()).features()).isEqualTo(code);
    }

    @Test
    void rejectsUnknownFeatureCode() {
        byte[] bytes = template.toBytes();
        bytes[6] = 99;
        rewriteCrc(bytes);
        assertThatThrownBy(() -> PalmTemplate.fromBytes(bytes)).isInstanceOf(TemplateFormatException.class)
                .hasMessageContaining("unknown feature code 99");
    }

    @Test
    void rejectsPaddedBytes() {
        byte[] bytes = Arrays.copyOf(template.toBytes(), 990);
        assertThatThrownBy(() -> PalmTemplate.fromBytes(bytes)).isInstanceOf(TemplateFormatException.class)
                .hasMessageContaining("padded");
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> PalmTemplate.fromBytes(null)).isInstanceOf(TemplateFormatException.class);
    }

    @Test
    void refusesQualityOutsideUnitRange() {
        assertThatThrownBy(() -> new PalmTemplate(FeatureCode.BOCV, 6, 1.5f, template.fineWords(), template.coarseWords()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("quality");
    }

    @Test
    void keepsItsCodeImmutable() {
        long[] words = template.fineWords();
        words[0] = ~words[0];
        assertThat(template.fineWords()[0]).isNotEqualTo(words[0]);
    }

    private static void rewriteCrc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 4);
        ByteBuffer.wrap(bytes).putInt(bytes.length - 4, (int) crc.getValue());
    }
}
