package com.palmpos.ui.internal.enrollment;

import com.palmpos.pos.customer.CustomerProfile;
import com.palmpos.ui.internal.session.CompanionPage;
import com.palmpos.ui.internal.session.CounterSession;
import com.palmpos.ui.port.EnrollmentDesk;
import com.palmpos.ui.port.LoyaltyMember;
import com.palmpos.ui.task.TaskRunner.TaskHandle;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Loyalty for the customer at the counter. A recognised palm without an account can be linked to an existing
 * member (found by loyalty number or phone) or get a new account; without a palm customer, a member found that
 * way becomes the sale's customer. Ends by showing the member and their points. UI thread only.
 */
public final class LoyaltyLinkViewModel {

    /** Where the journey is. */
    public enum Step { FIND, FOUND, NEW_ACCOUNT, DONE }

    private final CounterSession session;
    private final EnrollmentDesk desk;
    private final EnrollmentTexts texts;
    private final Runnable onClose;
    private final JourneyState<Step> state = new JourneyState<>();
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private LoyaltyMember found;
    /** The loyalty number to link when it is not known at this counter (e.g. from the customer's card). */
    private String number;
    private TaskHandle running;

    public LoyaltyLinkViewModel(CounterSession session, Runnable onClose) {
        this.session = Objects.requireNonNull(session, "session");
        this.desk = session.services().enrollment();
        this.texts = new EnrollmentTexts(session.messages());
        this.onClose = Objects.requireNonNull(onClose, "onClose");
    }

    /** Opens on the current customer: their points if they have an account, else the member search. */
    public void start() {
        reset();
        CustomerProfile customer = session.customerProperty().get();
        if (customer != null && customer.loyaltyId() != null) {
            state.busy(true);
            running = session.tasks().run("loyalty balance",
                    () -> session.services().loyalty().balance(customer.customerId()),
                    points -> show(new LoyaltyMember(customer, points), "enrollment.loyalty.member"), this::fail);
        } else {
            enterFind();
        }
    }

    private void enterFind() {
        CustomerProfile customer = session.customerProperty().get();
        state.enter(Step.FIND, texts.get("enrollment.loyalty.title"), customer == null
                ? texts.get("enrollment.loyalty.findHint") : texts.get("enrollment.loyalty.findHintFor", customer.greetingName()));
        state.primary(texts.get("enrollment.action.find"));
    }

    /** F6 "New account": only for a palm customer without one. */
    public void newAccount() {
        CustomerProfile customer = session.customerProperty().get();
        if (state.step() == Step.FIND && customer != null && !state.busyProperty().get()) {
            state.enter(Step.NEW_ACCOUNT, texts.get("enrollment.loyalty.newTitle"),
                    texts.get("enrollment.loyalty.newHint", customer.greetingName()));
            state.primary(texts.get("enrollment.action.open"));
        }
    }

    /** Whether "New account" is offered (a palm customer is served). */
    public boolean canOpenAccount() {
        return session.customerProperty().get() != null;
    }

    /** Enter: find, link / use, open the account, or close at the end. */
    public void primary() {
        if (state.busyProperty().get() || state.primaryProperty().get().isEmpty()) {
            return;
        }
        switch (state.step()) {
            case FIND -> find();
            case FOUND -> link();
            case NEW_ACCOUNT -> open();
            case DONE -> close();
        }
    }

    private void find() {
        String typed = query.get() == null ? "" : query.get().strip();
        if (typed.isEmpty()) {
            state.error(texts.get("enrollment.loyalty.queryMissing"));
            return;
        }
        // a phone number goes as typed (the back office normalises national and international forms);
        // anything else is a loyalty number
        Optional<String> phone = ContactRules.phone(typed);
        String key = phone.isPresent() ? typed : typed.toUpperCase(Locale.ROOT).replace(" ", "");
        state.busy(true);
        state.error("");
        running = session.tasks().run("find loyalty member", () -> desk.findLoyaltyMember(key),
                member -> found(member, phone.isPresent() ? null : key), this::fail);
    }

    private void found(Optional<LoyaltyMember> member, String loyaltyNumber) {
        state.busy(false);
        CustomerProfile customer = session.customerProperty().get();
        if (member.isEmpty() && customer != null && loyaltyNumber != null) {
            // a number from the customer's card or app: the cloud checks it when the link syncs
            number = loyaltyNumber;
            state.enter(Step.FOUND, texts.get("enrollment.loyalty.unknownTitle"),
                    texts.get("enrollment.loyalty.linkUnknown", customer.greetingName(), loyaltyNumber));
            state.primary(texts.get("enrollment.action.link"));
            return;
        }
        if (member.isEmpty()) {
            state.error(texts.get("enrollment.loyalty.notFound"));
            return;
        }
        found = member.get();
        state.enter(Step.FOUND, texts.get("enrollment.loyalty.foundTitle"), texts.get("enrollment.loyalty.member",
                found.profile().greetingName(), found.profile().loyaltyId(), found.points()));
        state.primary(texts.get(customer == null ? "enrollment.action.useForSale" : "enrollment.action.link"));
    }

    private void link() {
        CustomerProfile customer = session.customerProperty().get();
        if (customer == null) {
            show(found, "enrollment.loyalty.usedForSale");
            return;
        }
        String loyaltyId = found != null ? found.profile().loyaltyId() : number;
        state.busy(true);
        running = session.tasks().run("link loyalty", () -> desk.linkLoyalty(customer.customerId(), loyaltyId),
                member -> show(member, "enrollment.loyalty.linked"), this::fail);
    }

    private void open() {
        String customerId = session.customerProperty().get().customerId();
        state.busy(true);
        state.error("");
        running = session.tasks().run("open loyalty account", () -> desk.openLoyalty(customerId),
                member -> show(member, "enrollment.loyalty.opened"), this::fail);
    }

    private void show(LoyaltyMember member, String key) {
        state.busy(false);
        CustomerProfile profile = member.profile();
        session.customerProperty().set(profile);
        session.companionPageProperty().set(new CompanionPage.Greeting(profile.greetingName(), member.points(), true, false));
        state.enter(Step.DONE, texts.get("enrollment.loyalty.title"),
                texts.get(key, profile.greetingName(), profile.loyaltyId(), member.points()));
        state.summary(texts.get("enrollment.loyalty.points", member.points()));
        state.primary(texts.get("enrollment.action.close"));
    }

    private void fail(Exception failure) {
        state.busy(false);
        state.error(texts.failure(failure));
    }

    /** Esc: back to the counter (a link already made stays). */
    public void cancel() {
        close();
    }

    private void close() {
        reset();
        onClose.run();
    }

    private void reset() {
        if (running != null) {
            running.cancel();
            running = null;
        }
        found = null;
        number = null;
        query.set("");
        state.clear();
    }

    public JourneyState<Step> state() {
        return state;
    }

    /** The loyalty number or phone number typed for the search. */
    public StringProperty queryProperty() {
        return query;
    }
}
