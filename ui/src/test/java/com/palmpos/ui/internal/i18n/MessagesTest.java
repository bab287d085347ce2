package com.palmpos.ui.internal.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.MissingResourceException;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void usesGermanForAnyGermanLocale() {
        assertThat(Messages.forLocale(Locale.GERMANY).get("manager.lock")).isEqualTo("Sperren");
    }

    @Test
    void fallsBackToEnglishNotToTheMachineLocale() {
        Locale machine = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(Messages.forLocale(Locale.FRENCH).get("manager.lock")).isEqualTo("Lock");
        } finally {
            Locale.setDefault(machine);
        }
    }

    @Test
    void formatsArgumentsInTheLocale() {
        assertThat(Messages.forLocale(Locale.ENGLISH).get("pin.error.wrong", 1))
                .isEqualTo("Wrong PIN. 1 attempt left.");
        assertThat(Messages.forLocale(Locale.GERMAN).get("pin.error.wrong", 0))
                .isEqualTo("Falsche PIN. Keine Versuche mehr.");
    }

    @Test
    void namesAMissingKey() {
        assertThatThrownBy(() -> Messages.forLocale(Locale.ENGLISH).get("no.such.key"))
                .isInstanceOf(MissingResourceException.class)
                .hasMessageContaining("no.such.key");
    }
}
