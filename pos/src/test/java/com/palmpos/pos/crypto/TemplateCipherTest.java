package com.palmpos.pos.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateCipherTest {
    @TempDir
    Path dataDir;

    private TemplateCipher cipher;
    private final byte[] template = new byte[1024];

    @BeforeEach
    void keys() {
        cipher = TerminalKeys.load(dataDir, Optional.empty()).templateCipher();
        Arrays.fill(template, (byte) 0x5A);
    }

    @Test
    void roundTripsATemplate() {
        assertThat(cipher.decrypt("c-17", cipher.encrypt("c-17", template))).isEqualTo(template);
    }

    @Test
    void theSameTemplateEncryptsDifferentlyEachTime() {
        assertThat(cipher.encrypt("c-17", template)).isNotEqualTo(cipher.encrypt("c-17", template));
    }

    @Test
    void refusesATemplateMovedToAnotherCustomer() {
        byte[] sealed = cipher.encrypt("c-17", template);
        assertThatThrownBy(() -> cipher.decrypt("c-18", sealed)).isInstanceOf(KeyException.class)
                .hasMessageContaining("another customer");
    }

    @Test
    void refusesAlteredBytes() {
        byte[] sealed = cipher.encrypt("c-17", template);
        sealed[40] ^= 1;
        assertThatThrownBy(() -> cipher.decrypt("c-17", sealed)).isInstanceOf(KeyException.class)
                .hasMessageContaining("altered");
    }

    @Test
    void refusesTruncatedOrForeignBytes() {
        assertThatThrownBy(() -> cipher.decrypt("c-17", new byte[5])).isInstanceOf(KeyException.class)
                .hasMessageContaining("truncated or of an unknown format");
    }

    @Test
    void anotherTerminalsKeyCannotDecrypt(@TempDir Path otherDir) {
        TemplateCipher other = TerminalKeys.load(otherDir, Optional.empty()).templateCipher();
        byte[] sealed = cipher.encrypt("c-17", template);
        assertThatThrownBy(() -> other.decrypt("c-17", sealed)).isInstanceOf(KeyException.class);
    }
}
