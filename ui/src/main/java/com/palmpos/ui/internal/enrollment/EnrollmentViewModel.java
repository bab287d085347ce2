package com.palmpos.ui.internal.enrollment;

import com.palmpos.pos.customer.CustomerProfile;
import com.palmpos.scanner.PalmTemplate;
import com.palmpos.ui.internal.session.CompanionPage;
import com.palmpos.ui.internal.session.CounterSession;
import com.palmpos.ui.port.EnrollmentDesk;
import com.palmpos.ui.port.EnrollmentDraft;
import com.palmpos.ui.port.EnrollmentRefusedException;
import com.palmpos.ui.port.EnrollmentRefusedException.Reason;
import com.palmpos.ui.task.TaskRunner.TaskHandle;
import java.util.Objects;

/**
 * Enrollment at the counter, step by step: the customer answers the consent notice on the customer display,
 * holds their palm for guided captures, inserts their card, the cashier types the name and optional loyalty
 * contact, and one commit stores it all. Until that commit nothing is stored, so declining or cancelling leaves
 * no trace. On success the palm joins the live gallery and the customer becomes the counter's current customer.
 *
 * <p>Service calls go through the session's task runner; capture events arrive on the UI thread. UI thread only.
 */
public final class EnrollmentViewModel {

    /** Where the journey is; the view shows one panel per step. */
    public enum Step { CONSENT, CAPTURE, CARD, DETAILS, CONFIRM, DONE, DECLINED }

    /** Consistent captures fused into the template (the scanner recommends 3-5). */

    private final CounterSession session;
    private final EnrollmentDesk desk;
    private final EnrollmentTexts texts;
    private final GuidedCapture<Step> capture;
    private final Runnable onClose;
    private final JourneyState<Step> state = new JourneyState<>();
    private final DetailsForm form;

    private EnrollmentDraft draft;
    private PalmTemplate template;
    private DetailsForm.Details details;
    private TaskHandle running;

    /** @param onClose called when the cashier leaves the journey (back to the counter) */
    public EnrollmentViewModel(CounterSession session, Runnable onClose) {
        this.session = Objects.requireNonNull(session, "session");
        this.desk = session.services().enrollment();
        this.texts = new EnrollmentTexts(session.messages());
        this.capture = new GuidedCapture<>(new EnrollmentCapture(session.services().palm(), session.tasks()), state,
                texts, session.companionPageProperty());
        this.onClose = Objects.requireNonNull(onClose, "onClose");
        this.form = new DetailsForm(session.messages());
    }

    /** Starts a new enrollment: fetches the consent notice and puts it on the customer display. */
    public void start() {
        reset();
        state.enter(Step.CONSENT, texts.get("enrollment.consent.title"), texts.get("enrollment.consent.loading"));
        state.busy(true);
        running = session.tasks().run("begin enrollment", () -> desk.begin(session.messages().locale()),
                this::showConsent, this::fail);
    }

    private void showConsent(EnrollmentDraft begun) {
        draft = begun;
        state.busy(false);
        state.status(texts.get("enrollment.consent.waiting"));
        session.companionPageProperty().set(new CompanionPage.Consent(begun.notice().version(), begun.notice().text(),
                this::accepted, this::declined));
    }

    /** The customer pressed "I agree" on the customer display. */
    void accepted() {
        if (state.step() == Step.CONSENT && draft != null) {
            try {
                draft.accept(); // in memory: the time of the answer
                startCapture();
            } catch (EnrollmentRefusedException e) {
                fail(e);
            }
        }
    }

    /** The customer pressed "No thanks": nothing was or will be stored. */
    void declined() {
        if (state.step() == Step.CONSENT) {
            cancelDraft();
            state.enter(Step.DECLINED, texts.get("enrollment.declined.title"), texts.get("enrollment.declined.text"));
            state.primary(texts.get("enrollment.action.close"));
            session.companionPageProperty().set(new CompanionPage.Message(texts.get("enrollment.companion.declined"),
                    texts.get("enrollment.companion.declinedText")));
        }
    }

    private void startCapture() {
        template = null;
        capture.start(Step.CAPTURE, this::captured);
    }

    /**
     * The palm is searched among every palm the reader knows (1:N) before anything else: an enrolled palm is refused
     * without saying whose it is, and the journey can only be cancelled.
     */
    private void captured(PalmTemplate enrolled) {
        state.busy(true);
        state.status(texts.get("enrollment.capture.checking"));
        running = session.tasks().run("search enrolled palms", () -> {
            if (session.services().palm().enrolledAs(enrolled).isPresent()) {
                throw new EnrollmentRefusedException(EnrollmentRefusedException.Reason.ALREADY_ENROLLED,
                        "this palm is enrolled already: serve the customer as a returning guest");
            }
            return enrolled;
        }, palm -> {
            state.busy(false);
            newPalm(palm);
        }, this::fail);
    }

    private void newPalm(PalmTemplate enrolled) {
        template = enrolled;
        state.enter(Step.CARD, texts.get("enrollment.card.title"), texts.get("enrollment.card.insert"));
        session.companionPageProperty().set(new CompanionPage.Message(texts.get("enrollment.companion.palmSaved"),
                texts.get("enrollment.companion.insertCard")));
        readCard();
    }

    private void readCard() {
        EnrollmentDraft current = draft;
        PalmTemplate palm = template;
        state.busy(true);
        state.status(texts.get("enrollment.card.insert"));
        running = session.tasks().run("check palm and read card", () -> {
            current.palm(palm);
            return current.readCard();
        }, read -> {
            state.busy(false);
            state.card(texts.card(read));
            state.status(texts.get("enrollment.card.read"));
            state.primary(texts.get("enrollment.action.continue"));
        }, this::fail);
    }

    /** Enter / the primary button: the step's main action (continue, enroll, close). */
    public void primary() {
        if (state.busyProperty().get() || state.primaryProperty().get().isEmpty()) {
            return;
        }
        switch (state.step()) {
            case CARD -> {
                state.enter(Step.DETAILS, texts.get("enrollment.details.title"), texts.get("enrollment.details.hint"));
                state.primary(texts.get("enrollment.action.continue"));
            }
            case DETAILS -> form.validate().ifPresent(this::confirm);
            case CONFIRM -> commit();
            case DONE, DECLINED -> cancel();
            default -> { }
        }
    }

    private void confirm(DetailsForm.Details valid) {
        details = valid;
        state.enter(Step.CONFIRM, texts.get("enrollment.confirm.title"), texts.get("enrollment.confirm.hint"));
        state.summary(texts.get(valid.loyalty() == null ? "enrollment.confirm.summary" : "enrollment.confirm.summaryLoyalty",
                valid.name(), state.cardProperty().get()));
        state.primary(texts.get("enrollment.action.enroll"));
    }

    private void commit() {
        EnrollmentDraft current = draft;
        PalmTemplate palm = template;
        DetailsForm.Details typed = details;
        state.busy(true);
        state.error("");
        running = session.tasks().run("enroll customer", () -> {
            CustomerProfile profile = current.commit(typed.name(), typed.loyalty());
            // recognised at once, before the gallery is next rebuilt from the store
            session.services().palm().addToGallery(profile.customerId(), palm);
            return profile;
        }, this::enrolled, this::fail);
    }

    private void enrolled(CustomerProfile profile) {
        state.busy(false);
        template = null;
        draft = null;
        session.customerProperty().set(profile);
        session.companionPageProperty().set(CompanionPage.Greeting.newCustomer(profile.greetingName(), profile.pointsBalance()));
        state.enter(Step.DONE, texts.get("enrollment.done.title"), texts.get(profile.loyaltyId() == null
                ? "enrollment.done.text" : "enrollment.done.textLoyalty", profile.greetingName(), profile.loyaltyId()));
        state.primary(texts.get("enrollment.action.close"));
    }

    /** F5 / "Try again" after a failed capture, card read or commit. */
    public void retry() {
        if (!state.retryProperty().get() || state.busyProperty().get()) {
            return;
        }
        state.retry(false);
        state.error("");
        switch (state.step()) {
            case CONSENT -> start();
            case CAPTURE -> startCapture();
            case CARD -> readCard();
            case CONFIRM -> commit();
            default -> { }
        }
    }

    /** Esc / "Cancel": abandons the journey, nothing is stored; after success it just closes. */
    public void cancel() {
        if (state.step() != Step.DONE) {
            session.companionPageProperty().set(new CompanionPage.Idle());
        }
        reset();
        onClose.run();
    }

    private void fail(Exception failure) {
        state.busy(false);
        state.error(texts.failure(failure));
        // trying again cannot help an enrolled palm or a terminal without enrollment: only Cancel then
        state.retry(!(failure instanceof EnrollmentRefusedException refused
                && (refused.reason() == Reason.ALREADY_ENROLLED || refused.reason() == Reason.UNAVAILABLE)));
    }

    private void reset() {
        if (running != null) {
            running.cancel();
            running = null;
        }
        capture.stop();
        cancelDraft();
        template = null;
        details = null;
        form.clear();
        state.clear();
    }

    private void cancelDraft() {
        if (draft != null) {
            draft.cancel();
            draft = null;
        }
    }

    public JourneyState<Step> state() {
        return state;
    }

    DetailsForm form() {
        return form;
    }
}
