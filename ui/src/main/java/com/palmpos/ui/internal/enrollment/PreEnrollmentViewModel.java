package com.palmpos.ui.internal.enrollment;

import com.palmpos.pos.customer.CustomerProfile;
import com.palmpos.scanner.PalmTemplate;
import com.palmpos.ui.internal.session.CompanionPage;
import com.palmpos.ui.internal.session.CounterSession;
import com.palmpos.ui.port.EnrollmentDesk;
import com.palmpos.ui.port.EnrollmentRefusedException;
import com.palmpos.ui.port.EnrollmentRefusedException.Reason;
import com.palmpos.ui.port.PreEnrolled;
import com.palmpos.ui.task.TaskRunner.TaskHandle;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Completing an online pre-enrollment: the customer types the code they got (on-screen keys or the keyboard), the
 * cloud checks it, then the customer holds their palm for the captures and the palm is sent with the code. A wrong, used or expired
 * code, or no connection, shows a sentence and stores nothing. UI thread only.
 */
public final class PreEnrollmentViewModel {

    /** Where the journey is. */
    public enum Step { CODE, CAPTURE, DONE }

    private static final Set<Reason> CODE_REFUSALS = Set.of(Reason.WRONG_CODE, Reason.CODE_USED, Reason.CODE_EXPIRED);

    private final CounterSession session;
    private final EnrollmentDesk desk;
    private final EnrollmentTexts texts;
    private final GuidedCapture<Step> capture;
    private final Runnable onClose;
    private final JourneyState<Step> state = new JourneyState<>();
    private final ReadOnlyStringWrapper shownCode = new ReadOnlyStringWrapper(this, "code", "");
    private final StringBuilder code = new StringBuilder(PreEnrollmentCode.LENGTH);
    private PalmTemplate template;
    private TaskHandle running;

    public PreEnrollmentViewModel(CounterSession session, Runnable onClose) {
        this.session = Objects.requireNonNull(session, "session");
        this.desk = session.services().enrollment();
        this.texts = new EnrollmentTexts(session.messages());
        this.capture = new GuidedCapture<>(new EnrollmentCapture(session.services().palm(), session.tasks()), state,
                texts, session.companionPageProperty());
        this.onClose = Objects.requireNonNull(onClose, "onClose");
    }

    /** Starts with an empty code. */
    public void start() {
        reset();
        enterCode("");
    }

    private void enterCode(String error) {
        state.enter(Step.CODE, texts.get("enrollment.pre.title"), texts.get("enrollment.pre.codeHint"));
        state.error(error);
        state.primary(texts.get("enrollment.action.continue"));
        session.companionPageProperty().set(new CompanionPage.Message(texts.get("enrollment.companion.codeTitle"),
                texts.get("enrollment.companion.codeText")));
    }

    /** A typed or pressed key; characters that never appear in codes are refused with a sentence. */
    public void type(char c) {
        if (state.step() != Step.CODE || state.busyProperty().get()) {
            return;
        }
        if (!PreEnrollmentCode.allowed(c)) {
            state.error(texts.get("enrollment.pre.badChar", String.valueOf(c)));
        } else if (code.length() < PreEnrollmentCode.LENGTH) {
            code.append(Character.toUpperCase(c));
            state.error("");
        }
        shownCode.set(PreEnrollmentCode.grouped(code.toString()));
    }

    public void backspace() {
        if (state.step() == Step.CODE && code.length() > 0) {
            code.setLength(code.length() - 1);
            shownCode.set(PreEnrollmentCode.grouped(code.toString()));
            state.error("");
        }
    }

    /** Enter: a complete code moves on to the palm captures; after success it closes. */
    public void primary() {
        if (state.busyProperty().get()) {
            return;
        }
        if (state.step() == Step.DONE) {
            onClose.run();
            reset();
        } else if (state.step() == Step.CODE) {
            if (PreEnrollmentCode.complete(code.toString())) {
                checkCode();
            } else {
                state.error(texts.get("enrollment.pre.tooShort", PreEnrollmentCode.LENGTH, code.length()));
            }
        }
    }

    /** The cloud checks the code first: a wrong, used or expired code is refused before any palm capture. */
    private void checkCode() {
        String typed = code.toString();
        state.busy(true);
        state.error("");
        state.status(texts.get("enrollment.pre.checkingCode"));
        running = session.tasks().run("check pre-enrollment code", () -> {
            desk.checkPreEnrollmentCode(typed);
            return typed;
        }, checked -> {
            state.busy(false);
            state.status("");
            startCapture();
        }, this::refused);
    }

    private void startCapture() {
        template = null;
        capture.start(Step.CAPTURE, enrolled -> {
            template = enrolled;
            complete();
        });
    }

    private void complete() {
        String sent = code.toString();
        PalmTemplate palm = template;
        state.busy(true);
        state.status(texts.get("enrollment.pre.checking"));
        running = session.tasks().run("complete pre-enrollment", () -> {
            if (session.services().palm().enrolledAs(palm).isPresent()) {
                throw new EnrollmentRefusedException(Reason.ALREADY_ENROLLED,
                        "this palm is enrolled already: serve the customer as a returning guest");
            }
            PreEnrolled enrolled = desk.completePreEnrollment(sent, palm);
            session.services().palm().addToGallery(enrolled.customerId(), palm);
            return enrolled;
        }, this::completed, this::refused);
    }

    private void completed(PreEnrolled enrolled) {
        state.busy(false);
        template = null;
        if (enrolled.profile().isPresent()) {
            CustomerProfile profile = enrolled.profile().get();
            session.customerProperty().set(profile);
            session.companionPageProperty().set(CompanionPage.Greeting.newCustomer(profile.greetingName(),
                    profile.pointsBalance()));
            state.enter(Step.DONE, texts.get("enrollment.done.title"),
                    texts.get("enrollment.pre.done", profile.greetingName()));
        } else {
            // the profile comes with the next customer pull; the palm is recognised already
            session.companionPageProperty().set(new CompanionPage.Message(texts.get("enrollment.companion.enrolled"),
                    texts.get("enrollment.companion.enrolledText")));
            state.enter(Step.DONE, texts.get("enrollment.done.title"),
                    texts.get("enrollment.pre.doneNoProfile", String.valueOf(enrolled.loyaltyId())));
        }
        state.primary(texts.get("enrollment.action.close"));
    }

    private void refused(Exception failure) {
        state.busy(false);
        if (failure instanceof EnrollmentRefusedException refused && CODE_REFUSALS.contains(refused.reason())) {
            // the palm was for this code only: drop it, let the customer correct the code
            template = null;
            enterCode(texts.failure(failure));
            shownCode.set(PreEnrollmentCode.grouped(code.toString()));
        } else {
            state.error(texts.failure(failure));
            state.retry(true);
        }
    }

    /** F5 after a failed capture or lost connection. */
    public void retry() {
        if (state.retryProperty().get() && !state.busyProperty().get()) {
            state.retry(false);
            state.error("");
            if (template != null) {
                complete();
            } else if (state.step() == Step.CODE) {
                checkCode();
            } else {
                startCapture();
            }
        }
    }

    /** Esc: leaves without storing anything. */
    public void cancel() {
        if (state.step() != Step.DONE) {
            session.companionPageProperty().set(new CompanionPage.Idle());
        }
        reset();
        onClose.run();
    }

    private void reset() {
        if (running != null) {
            running.cancel();
            running = null;
        }
        capture.stop();
        template = null;
        code.setLength(0);
        shownCode.set("");
        state.clear();
    }

    public JourneyState<Step> state() {
        return state;
    }

    /** The code typed so far, grouped for reading ("ABCD‑EF"). */
    public ReadOnlyStringProperty codeProperty() {
        return shownCode.getReadOnlyProperty();
    }

}
