package com.palmpos.ui.internal.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ContactRulesTest {

    @ParameterizedTest
    @CsvSource({"'+49 (30) 123-4567', +49301234567", "0170/1234567, 01701234567", "'  1234567 ', 1234567"})
    void keepsPlusAndDigitsOfAPlausiblePhoneNumber(String typed, String stored) {
        assertThat(ContactRules.phone(typed)).contains(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "123456", "1234567890123456", "+49 30 CALL ME", "++4930123456"})
    void refusesImplausiblePhoneNumbers(String typed) {
        assertThat(ContactRules.phone(typed)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"anna", "anna@", "anna@example", "an na@example.com", "a@b@c.de"})
    void refusesWhatIsNoEmailAddress(String typed) {
        assertThat(ContactRules.email(typed)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"' Anna@Example.ORG ', anna@example.org", "j.o-e+pos@mail.co.uk, j.o-e+pos@mail.co.uk"})
    void storesEmailAddressesTrimmedInLowerCase(String typed, String stored) {
        assertThat(ContactRules.email(typed)).contains(stored);
    }

    @ParameterizedTest
    @CsvSource({"'  Zoë   O''Neil ', Zoë O'Neil", "Jean-Luc, Jean-Luc", "Ünal Ö., Ünal Ö."})
    void acceptsNamesOfLettersAndTheirMarks(String typed, String stored) {
        assertThat(ContactRules.name(typed)).contains(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "R2D2", "-Anna", "Anna <script>"})
    void refusesNamesWithDigitsOrSymbols(String typed) {
        assertThat(ContactRules.name(typed)).isEmpty();
    }
}
