package com.palmpos.ui.internal.manager;

import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.ui.internal.i18n.Messages;
import com.palmpos.ui.internal.manager.PinPadViewModel.Mode;
import com.palmpos.ui.internal.manager.PinPadViewModel.Outcome;
import com.palmpos.ui.internal.manager.PinPadViewModel.Step;
import com.palmpos.ui.port.AuthResult;
import com.palmpos.ui.port.ManagerAuthenticator;
import com.palmpos.ui.port.PinChangeException;
import com.palmpos.ui.task.ImmediateTaskRunner;
import com.palmpos.ui.testing.InMemoryManagerAuthenticator;
import com.palmpos.ui.testing.MutableClock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PinPadViewModelTest {

    private final MutableClock clock = MutableClock.utcAt("2026-11-25T22:30:00Z");
    private final InMemoryManagerAuthenticator authenticator = new InMemoryManagerAuthenticator(clock);
    private final List<Outcome> outcomes = new ArrayList<>();
    private final PinPadViewModel pad = new PinPadViewModel(Messages.forLocale(Locale.ENGLISH), authenticator,
            new ImmediateTaskRunner(), clock.getZone(), outcomes::add);

    @Test
    void masksEveryDigitAndForgetsTheLastOnBackspace() {
        pad.start(Mode.LOGIN);
        type("123");
        assertThat(pad.maskedPinProperty().get()).isEqualTo("\u25CF\u25CF\u25CF");

        pad.backspace();

        assertThat(pad.maskedPinProperty().get()).hasSize(2).doesNotContain("1", "2");
    }

    @Test
    void ignoresDigitsBeyondTheLongestPin() {
        pad.start(Mode.LOGIN);
        type("1234567890123456");

        assertThat(pad.maskedPinProperty().get()).hasSize(PinPolicy.MAX_LENGTH);
    }

    @Test
    void asksForThePinWhenOkIsPressedOnAnEmptyPad() {
        pad.start(Mode.LOGIN);
        pad.submit();

        assertThat(pad.messageProperty().get()).isEqualTo("Enter the PIN first.");
        assertThat(pad.messageIsErrorProperty().get()).isTrue();
    }

    @Test
    void unlocksWithTheRightPin() {
        authenticator.withPin("2468");
        pad.start(Mode.LOGIN);
        enter("2468");

        assertThat(outcomes).containsExactly(Outcome.UNLOCKED);
        assertThat(authenticator.receivedArraysWereWiped()).isTrue();
    }

    @Test
    void saysHowManyAttemptsAreLeftAfterAWrongPin() {
        authenticator.withPin("2468");
        pad.start(Mode.LOGIN);
        enter("1111");

        assertThat(pad.messageProperty().get()).isEqualTo("Wrong PIN. 2 attempts left.");
        assertThat(pad.messageIsErrorProperty().get()).isTrue();
        assertThat(pad.maskedPinProperty().get()).isEmpty();
        assertThat(outcomes).isEmpty();
    }

    @Test
    void showsWhenTheLockoutEnds() {
        authenticator.withPin("2468");
        pad.start(Mode.LOGIN);
        for (int i = 0; i <= InMemoryManagerAuthenticator.MAX_ATTEMPTS; i++) {
            enter("1111");
        }

        assertThat(pad.messageProperty().get()).isEqualTo("Too many wrong PINs. Try again at 10:35 PM.");
        enter("2468");
        assertThat(pad.messageProperty().get()).startsWith("Too many wrong PINs.");
        assertThat(outcomes).isEmpty();
    }

    @Test
    void forcesANewPinWhenTheDefaultIsUsed() {
        pad.start(Mode.LOGIN);
        enter(InMemoryManagerAuthenticator.DEFAULT_PIN);

        assertThat(pad.step()).isEqualTo(Step.NEW);
        assertThat(pad.promptProperty().get()).isEqualTo("Enter a new PIN");
        assertThat(pad.messageProperty().get()).contains("default PIN");
        assertThat(outcomes).isEmpty();
    }

    @Test
    void changesTheDefaultPinAfterTwoMatchingEntries() {
        pad.start(Mode.LOGIN);
        enter(InMemoryManagerAuthenticator.DEFAULT_PIN);
        enter("4821");
        assertThat(pad.promptProperty().get()).isEqualTo("Enter the new PIN again");
        enter("4821");

        assertThat(outcomes).containsExactly(Outcome.UNLOCKED_AFTER_CHANGE);
        assertThat(authenticator.hasPin("4821")).isTrue();
        assertThat(authenticator.receivedArraysWereWiped()).isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "12,    A PIN needs at least 4 digits.",
        "7777,  A PIN of one repeated digit is too easy to guess. Choose another.",
        "0000,  A PIN of one repeated digit is too easy to guess. Choose another.",
    })
    void refusesAWeakNewPin(String candidate, String expectedMessage) {
        pad.start(Mode.LOGIN);
        enter(InMemoryManagerAuthenticator.DEFAULT_PIN);
        enter(candidate);

        assertThat(pad.messageProperty().get()).isEqualTo(expectedMessage);
        assertThat(pad.step()).isEqualTo(Step.NEW);
        assertThat(authenticator.hasPin(InMemoryManagerAuthenticator.DEFAULT_PIN)).isTrue();
    }

    @Test
    void refusesTheCurrentPinAsNewPin() {
        authenticator.withPin("2468");
        pad.start(Mode.CHANGE);
        enter("2468");
        enter("2468");

        assertThat(pad.messageProperty().get()).isEqualTo("The new PIN must be different from the current PIN.");
    }

    @Test
    void startsTheNewPinAgainWhenTheRepeatDiffers() {
        pad.start(Mode.LOGIN);
        enter(InMemoryManagerAuthenticator.DEFAULT_PIN);
        enter("4821");
        enter("4822");

        assertThat(pad.messageProperty().get()).isEqualTo("The two entries differ. Enter the new PIN again.");
        assertThat(pad.step()).isEqualTo(Step.NEW);
        assertThat(outcomes).isEmpty();
    }

    @Test
    void showsThePolicyRefusalOfTheAuthenticator() {
        ManagerAuthenticator strict = new ManagerAuthenticator() {
            @Override
            public AuthResult verify(char[] pin) {
                return AuthResult.mustChange();
            }

            @Override
            public void changePin(char[] currentPin, char[] newPin) throws PinChangeException {
                throw new PinChangeException(PinChangeException.Reason.REJECTED_BY_POLICY, "too common");
            }
        };
        PinPadViewModel strictPad = new PinPadViewModel(Messages.forLocale(Locale.ENGLISH), strict,
                new ImmediateTaskRunner(), clock.getZone(), outcomes::add);
        strictPad.start(Mode.LOGIN);
        for (String entry : List.of("0000", "1234", "1234")) {
            typeInto(strictPad, entry);
            strictPad.submit();
        }

        assertThat(strictPad.messageProperty().get()).isEqualTo("This PIN is not allowed. Choose another.");
        assertThat(strictPad.step()).isEqualTo(Step.NEW);
    }

    @Test
    void changesAChosenPinAfterCheckingTheCurrentOne() {
        authenticator.withPin("2468");
        pad.start(Mode.CHANGE);
        assertThat(pad.promptProperty().get()).isEqualTo("Enter the current PIN");
        enter("2468");
        enter("1357");
        enter("1357");

        assertThat(outcomes).containsExactly(Outcome.PIN_CHANGED);
        assertThat(authenticator.hasPin("1357")).isTrue();
    }

    @Test
    void explainsAnUnreachableStoreInsteadOfFailing() {
        authenticator.failWith(new IllegalStateException("database file is locked"));
        pad.start(Mode.LOGIN);
        enter("2468");

        assertThat(pad.messageProperty().get())
                .isEqualTo("The PIN could not be checked. Try again; if it keeps failing, restart the terminal.");
        assertThat(pad.busyProperty().get()).isFalse();
    }

    @Test
    void cancelWipesTheEntryAndReportsCancelled() {
        pad.start(Mode.LOGIN);
        type("12");
        pad.cancel();

        assertThat(pad.maskedPinProperty().get()).isEmpty();
        assertThat(outcomes).containsExactly(Outcome.CANCELLED);
    }

    private void enter(String pin) {
        type(pin);
        pad.submit();
    }

    private void type(String digits) {
        typeInto(pad, digits);
    }

    private static void typeInto(PinPadViewModel target, String digits) {
        digits.chars().forEach(c -> target.digit(c - '0'));
    }
}
