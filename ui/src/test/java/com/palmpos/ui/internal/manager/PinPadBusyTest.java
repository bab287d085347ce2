package com.palmpos.ui.internal.manager;

import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.ui.internal.i18n.Messages;
import com.palmpos.ui.internal.manager.PinPadViewModel.Mode;
import com.palmpos.ui.internal.manager.PinPadViewModel.Outcome;
import com.palmpos.ui.testing.DeferredTaskRunner;
import com.palmpos.ui.testing.InMemoryManagerAuthenticator;
import com.palmpos.ui.testing.MutableClock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The PIN pad while the (slow, hashed) check runs in the background. */
class PinPadBusyTest {

    private final MutableClock clock = MutableClock.utcAt("2026-11-25T22:30:00Z");
    private final DeferredTaskRunner tasks = new DeferredTaskRunner();
    private final List<Outcome> outcomes = new ArrayList<>();
    private final PinPadViewModel pad = new PinPadViewModel(Messages.forLocale(Locale.ENGLISH),
            new InMemoryManagerAuthenticator(clock).withPin("2468"), tasks, clock.getZone(), outcomes::add);

    @BeforeEach
    void submitTheRightPin() {
        pad.start(Mode.LOGIN);
        "2468".chars().forEach(c -> pad.digit(c - '0'));
        pad.submit();
    }

    @Test
    void saysItIsCheckingAndIgnoresKeysMeanwhile() {
        assertThat(pad.busyProperty().get()).isTrue();
        assertThat(pad.messageProperty().get()).isEqualTo("Checking\u2026");

        pad.digit(5);
        pad.submit();

        assertThat(pad.maskedPinProperty().get()).isEmpty();
        tasks.finishAll();
        assertThat(outcomes).containsExactly(Outcome.UNLOCKED);
    }

    @Test
    void cancelDuringTheCheckDropsItsResult() {
        pad.cancel();
        tasks.finishAll();

        assertThat(outcomes).containsExactly(Outcome.CANCELLED);
        assertThat(pad.busyProperty().get()).isFalse();
    }
}
