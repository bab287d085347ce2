package com.palmpos.ui.internal.shell;

import com.palmpos.ui.TerminalInfo;
import com.palmpos.ui.UiSettings;
import com.palmpos.ui.internal.enrollment.Journey;
import com.palmpos.ui.internal.i18n.Messages;
import com.palmpos.ui.internal.manager.ManagerHomeViewModel;
import com.palmpos.ui.internal.manager.PinPadViewModel;
import com.palmpos.ui.internal.manager.PinPadViewModel.Mode;
import com.palmpos.ui.internal.manager.PinPadViewModel.Outcome;
import com.palmpos.ui.port.ManagerAuthenticator;
import com.palmpos.ui.task.TaskRunner;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Navigation of the cashier window: counter, PIN pad, manager home. Guards the manager area with the PIN pad
 * and a {@link ManagerSession}. UI thread only; tested without FX.
 */
public final class ShellViewModel {

    /** What the main area of the cashier window shows. */
    public enum Screen { COUNTER, PIN_PAD, MANAGER_HOME, ENROLLMENT }

    private final Messages messages;
    private final ManagerSession session;
    private final PinPadViewModel pinPad;
    private final ManagerHomeViewModel managerHome;
    private final ReadOnlyObjectWrapper<Screen> screen = new ReadOnlyObjectWrapper<>(Screen.COUNTER);
    private final ReadOnlyObjectWrapper<Journey> journey = new ReadOnlyObjectWrapper<>(Journey.ENROLL);
    private Mode pinMode = Mode.LOGIN;

    /**
     * Wires the manager area: a PIN pad on {@code authenticator} and a session with the settings' grace period.
     */
    public static ShellViewModel create(Messages messages, UiSettings settings, TerminalInfo info,
            ManagerAuthenticator authenticator, TaskRunner tasks, Clock clock) {
        return new ShellViewModel(messages, new ManagerSession(clock, settings.managerSessionTimeout()),
                new ManagerHomeViewModel(messages, settings, info),
                onOutcome -> new PinPadViewModel(messages, authenticator, tasks, clock.getZone(), onOutcome));
    }

    /**
     * @param pinPadFactory builds the PIN pad view model around the outcome callback this shell hands it
     */
    ShellViewModel(Messages messages, ManagerSession session, ManagerHomeViewModel managerHome,
            Function<Consumer<Outcome>, PinPadViewModel> pinPadFactory) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.session = Objects.requireNonNull(session, "session");
        this.managerHome = Objects.requireNonNull(managerHome, "managerHome");
        this.pinPad = pinPadFactory.apply(this::onPinOutcome);
    }

    /** Manager button / F12: the manager home if the session is still open, else the PIN pad. */
    public void openManager() {
        if (screen.get() != Screen.COUNTER) {
            return;
        }
        if (session.isUnlocked()) {
            session.unlock();
            managerHome.clearNotice();
            screen.set(Screen.MANAGER_HOME);
        } else {
            showPinPad(Mode.LOGIN);
        }
    }

    /** Esc: one step back towards the counter. */
    public void back() {
        switch (screen.get()) {
            case PIN_PAD -> pinPad.cancel();
            case MANAGER_HOME -> backToCounter();
            case COUNTER, ENROLLMENT -> { }
        }
    }

    /** "Back to counter": leaves the manager area, which stays unlocked for the grace period. */
    public void backToCounter() {
        session.leave();
        screen.set(Screen.COUNTER);
    }

    /**
     * Enroll action / Ctrl+E, Ctrl+K, Ctrl+Y: opens the enrollment screen on {@code next} (from the counter only; the
     * journey itself handles Esc and calls {@link #closeEnrollment()}).
     */
    public void openEnrollment(Journey next) {
        if (screen.get() == Screen.COUNTER) {
            journey.set(next);
            screen.set(Screen.ENROLLMENT);
        }
    }

    /** A journey ended: back to the counter. */
    public void closeEnrollment() {
        if (screen.get() == Screen.ENROLLMENT) {
            screen.set(Screen.COUNTER);
        }
    }

    /** The enrollment journey shown on the enrollment screen. */
    public ReadOnlyObjectProperty<Journey> journeyProperty() {
        return journey.getReadOnlyProperty();
    }

    /** "Lock": leaves the manager area and requires the PIN next time. */
    public void lock() {
        session.lock();
        screen.set(Screen.COUNTER);
    }

    /** "Change PIN" in the manager home. */
    public void changePin() {
        if (screen.get() == Screen.MANAGER_HOME) {
            managerHome.clearNotice();
            showPinPad(Mode.CHANGE);
        }
    }

    private void showPinPad(Mode mode) {
        pinMode = mode;
        pinPad.start(mode);
        screen.set(Screen.PIN_PAD);
    }

    private void onPinOutcome(Outcome outcome) {
        switch (outcome) {
            case UNLOCKED -> enterManagerHome("");
            case UNLOCKED_AFTER_CHANGE, PIN_CHANGED -> enterManagerHome(messages.get("manager.changed"));
            case CANCELLED -> screen.set(pinMode == Mode.LOGIN ? Screen.COUNTER : Screen.MANAGER_HOME);
        }
    }

    private void enterManagerHome(String notice) {
        session.unlock();
        managerHome.showNotice(notice);
        screen.set(Screen.MANAGER_HOME);
    }

    public ReadOnlyObjectProperty<Screen> screenProperty() {
        return screen.getReadOnlyProperty();
    }

    public PinPadViewModel pinPad() {
        return pinPad;
    }

    public ManagerHomeViewModel managerHome() {
        return managerHome;
    }
}
