package com.palmpos.ui.internal.manager;

import com.palmpos.ui.internal.i18n.Messages;
import com.palmpos.ui.port.AuthResult;
import com.palmpos.ui.port.ManagerAuthenticator;
import com.palmpos.ui.port.PinChangeException;
import com.palmpos.ui.task.TaskRunner;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The PIN pad: manager login (with the forced change of a default PIN) and the voluntary PIN change. Calls the
 * {@link ManagerAuthenticator} only through the {@link TaskRunner}. Holds PIN copies in char arrays that are wiped
 * as soon as a step no longer needs them; nothing PIN-related is ever logged.
 *
 * <p>Not thread-safe: use from the UI thread only (in tests: the test thread with an immediate runner).
 */
public final class PinPadViewModel {

    /** What the pad is used for. */
    public enum Mode { LOGIN, CHANGE }

    /** How a pad session ended; the shell navigates on it. */
    public enum Outcome { UNLOCKED, UNLOCKED_AFTER_CHANGE, PIN_CHANGED, CANCELLED }

    enum Step { ENTER, NEW, CONFIRM }

    private static final String MASK = "\u25CF";

    private final PinPadTexts texts;
    private final ManagerAuthenticator authenticator;
    private final TaskRunner tasks;
    private final Consumer<Outcome> onOutcome;
    private final PinBuffer buffer = new PinBuffer();

    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper prompt = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper maskedPin = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    private Mode mode = Mode.LOGIN;
    private Step step = Step.ENTER;
    /** The verified PIN in force, kept from ENTER until the change is done. */
    private char[] currentPin;
    /** The first entry of the new PIN, kept until it is confirmed. */
    private char[] newPin;
    /** The PIN being verified right now; wiped if the session is abandoned meanwhile. */
    private char[] inFlight;
    private TaskRunner.TaskHandle running;

    public PinPadViewModel(Messages messages, ManagerAuthenticator authenticator, TaskRunner tasks, ZoneId zone,
            Consumer<Outcome> onOutcome) {
        this.texts = new PinPadTexts(Objects.requireNonNull(messages, "messages"),
                Objects.requireNonNull(zone, "zone"));
        this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.onOutcome = Objects.requireNonNull(onOutcome, "onOutcome");
    }

    /** Resets the pad for a new session in {@code mode}, wiping anything left from the last one. */
    public void start(Mode newMode) {
        mode = Objects.requireNonNull(newMode, "mode");
        wipeAll();
        title.set(texts.get(mode == Mode.LOGIN ? "pin.title" : "manager.changePin"));
        goTo(Step.ENTER);
        clearMessage();
    }

    public void digit(int value) {
        if (!busy.get()) {
            buffer.append(value);
            refreshMask();
        }
    }

    public void backspace() {
        if (!busy.get()) {
            buffer.backspace();
            refreshMask();
        }
    }

    /** Enter / OK: checks or advances the current step. */
    public void submit() {
        if (busy.get()) {
            return;
        }
        if (buffer.isEmpty()) {
            showError(texts.get("pin.error.empty"));
            return;
        }
        switch (step) {
            case ENTER -> verifyEntered();
            case NEW -> acceptFirstNewPin();
            case CONFIRM -> confirmNewPin();
        }
    }

    /** Esc / Cancel: abandons the session (also while a check runs) and wipes everything. */
    public void cancel() {
        if (running != null) {
            running.cancel();
            running = null;
        }
        busy.set(false);
        wipeAll();
        refreshMask();
        onOutcome.accept(Outcome.CANCELLED);
    }

    private void verifyEntered() {
        char[] attempt = buffer.take();
        inFlight = attempt;
        refreshMask();
        runBusy("verify manager PIN", () -> {
            char[] forPort = attempt.clone();
            try {
                return authenticator.verify(forPort);
            } finally {
                PinBuffer.wipe(forPort);
            }
        }, result -> onVerified(result, attempt), failure -> {
            inFlight = null;
            PinBuffer.wipe(attempt);
            showError(texts.unavailable());
        });
    }

    private void onVerified(AuthResult result, char[] attempt) {
        inFlight = null;
        if (result instanceof AuthResult.Ok && mode == Mode.LOGIN) {
            PinBuffer.wipe(attempt);
            finish(Outcome.UNLOCKED);
        } else if (result instanceof AuthResult.Ok || result instanceof AuthResult.MustChange) {
            currentPin = attempt;
            goTo(Step.NEW);
            if (result instanceof AuthResult.MustChange) {
                showInfo(texts.get("pin.info.mustChange"));
            } else {
                clearMessage();
            }
        } else if (result instanceof AuthResult.Wrong wrong) {
            PinBuffer.wipe(attempt);
            showError(texts.wrongPin(wrong.remainingAttempts()));
        } else if (result instanceof AuthResult.LockedOut lockedOut) {
            PinBuffer.wipe(attempt);
            showError(texts.lockedOutUntil(lockedOut.until()));
        }
    }

    private void acceptFirstNewPin() {
        char[] candidate = buffer.take();
        refreshMask();
        var violation = PinPolicy.check(candidate, currentPin);
        if (violation.isPresent()) {
            PinBuffer.wipe(candidate);
            showError(texts.violation(violation.get()));
            return;
        }
        newPin = candidate;
        goTo(Step.CONFIRM);
        clearMessage();
    }

    private void confirmNewPin() {
        char[] repeated = buffer.take();
        refreshMask();
        boolean same = Arrays.equals(repeated, newPin);
        PinBuffer.wipe(repeated);
        if (!same) {
            restartNewPin(texts.get("pin.error.mismatch"));
            return;
        }
        char[] oldCopy = currentPin.clone();
        char[] newCopy = newPin.clone();
        runBusy("change manager PIN", () -> {
            try {
                authenticator.changePin(oldCopy, newCopy);
                return Boolean.TRUE;
            } finally {
                PinBuffer.wipe(oldCopy);
                PinBuffer.wipe(newCopy);
            }
        }, done -> finish(mode == Mode.LOGIN ? Outcome.UNLOCKED_AFTER_CHANGE : Outcome.PIN_CHANGED),
                this::onChangeFailed);
    }

    private void onChangeFailed(Exception failure) {
        if (!(failure instanceof PinChangeException refused)) {
            restartNewPin(texts.unavailable());
            return;
        }
        switch (refused.reason()) {
            case REJECTED_BY_POLICY -> restartNewPin(texts.get("pin.error.rejected"));
            case WRONG_CURRENT_PIN -> restartFromEnter(texts.get("pin.error.wrongCurrent"));
            case LOCKED_OUT -> restartFromEnter(texts.get("pin.error.lockedOutLater"));
        }
    }

    private void restartNewPin(String error) {
        PinBuffer.wipe(newPin);
        newPin = null;
        goTo(Step.NEW);
        showError(error);
    }

    private void restartFromEnter(String error) {
        wipeAll();
        goTo(Step.ENTER);
        showError(error);
    }

    private <T> void runBusy(String name, Callable<T> work, Consumer<T> onSuccess,
            Consumer<Exception> onFailure) {
        busy.set(true);
        showInfo(texts.get("pin.info.checking"));
        TaskRunner.TaskHandle handle = tasks.run(name, work, result -> {
            running = null;
            busy.set(false);
            onSuccess.accept(result);
        }, failure -> {
            running = null;
            busy.set(false);
            onFailure.accept(failure);
        });
        // a same-thread runner has finished already; only a task still running can be cancelled
        running = busy.get() ? handle : null;
    }

    private void finish(Outcome outcome) {
        wipeAll();
        clearMessage();
        onOutcome.accept(outcome);
    }

    private void goTo(Step next) {
        step = next;
        prompt.set(texts.get(switch (next) {
            case ENTER -> mode == Mode.LOGIN ? "pin.prompt.enter" : "pin.prompt.current";
            case NEW -> "pin.prompt.new";
            case CONFIRM -> "pin.prompt.confirm";
        }));
    }

    private void wipeAll() {
        buffer.clear();
        PinBuffer.wipe(currentPin);
        PinBuffer.wipe(newPin);
        PinBuffer.wipe(inFlight);
        currentPin = null;
        newPin = null;
        inFlight = null;
        refreshMask();
    }

    private void refreshMask() {
        maskedPin.set(MASK.repeat(buffer.length()));
    }

    private void showError(String text) {
        message.set(text);
        messageIsError.set(true);
    }

    private void showInfo(String text) {
        message.set(text);
        messageIsError.set(false);
    }

    private void clearMessage() {
        showInfo("");
    }

    Step step() {
        return step;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty promptProperty() {
        return prompt.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty maskedPinProperty() {
        return maskedPin.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
