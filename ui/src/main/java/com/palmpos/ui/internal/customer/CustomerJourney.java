package com.palmpos.ui.internal.customer;

import com.palmpos.pos.customer.CustomerProfile;
import com.palmpos.pos.order.Order;
import com.palmpos.pos.order.OrderLine;
import com.palmpos.scanner.capture.CaptureEvent;
import com.palmpos.scanner.capture.CaptureListener;
import com.palmpos.ui.internal.companion.CompanionPage;
import com.palmpos.ui.internal.counter.CounterSession;
import com.palmpos.ui.task.TaskRunner.TaskHandle;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Journey 1, the returning customer: turns the palm reader's events into the customer panel's state, the session's
 * customer and the customer display's page, and carries out the panel's one-tap actions (reorder, add a
 * recommendation, reject a wrong identification). Reader events arrive on the reader's threads and are moved to the
 * FX thread; store work runs on the session's task runner. While the customer display belongs to another journey
 * (payment, consent, enrollment) identification events are left to it. FX thread only, except the listener.
 */
public final class CustomerJourney implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CustomerJourney.class);

    private final CounterSession session;
    private final CustomerLookup lookup;
    private final CustomerOrders orders;
    private final CaptureListener listener;
    private final ReadOnlyObjectWrapper<RecognitionState> state =
            new ReadOnlyObjectWrapper<>(this, "state", new RecognitionState.Waiting());
    private final ReadOnlyObjectWrapper<Feedback> feedback = new ReadOnlyObjectWrapper<>(this, "feedback");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private CompanionPage beforeGuidance = new CompanionPage.Idle();
    private TaskHandle loading;

    /** The outcome of the last action, for the panel's notice line. */
    public record Feedback(Kind kind, String detail) {
        /** Which sentence the panel shows; {@code detail} fills it in. */
        public enum Kind { ADDING, ADDED, REJECTED, FAILED, SPOOF_SUSPECTED }
    }

    public CustomerJourney(CounterSession session) {
        this.session = Objects.requireNonNull(session, "session");
        this.lookup = new CustomerLookup(session.services());
        this.orders = new CustomerOrders(session.services());
        this.listener = event -> session.tasks().runOnUiThread(() -> handle(event));
        session.customerProperty().addListener(this::customerChanged);
        session.services().palm().addListener(listener);
    }

    public ReadOnlyObjectProperty<RecognitionState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The last action's outcome; null until the first action. */
    public ReadOnlyObjectProperty<Feedback> feedbackProperty() {
        return feedback.getReadOnlyProperty();
    }

    /** True while picked items are being added (the panel disables its buttons meanwhile). */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Handles one reader event on the FX thread (the listener calls it; tests may too). */
    void handle(CaptureEvent event) {
        if (event instanceof CaptureEvent.Identified identified) {
            boolean ours = !ownedElsewhere(session.companionPageProperty().get());
            identified(identified.customerId(), identified.score());
            if (ours && identified.liveness().suspect()) {
                // a hint for the cashier, never a refusal: a webcam cannot prove liveness (see the README)
                feedback.set(new Feedback(Feedback.Kind.SPOOF_SUSPECTED, identified.liveness().verdict().name()));
                LOG.info("Palm identified with a liveness warning: {}", identified.liveness().verdict());
            }
        } else if (event instanceof CaptureEvent.Unknown) {
            unknown();
        } else if (event instanceof CaptureEvent.Guidance guidance) {
            guidance(guidance);
        } else if (event instanceof CaptureEvent.NoHand) {
            handGone();
        }
    }

    /** One tap on "Not Anna?": detach the customer, forget the greeting and record the rejection. */
    public void rejectIdentification() {
        if (!(state.get() instanceof RecognitionState.Recognised recognised)) {
            return;
        }
        CustomerSnapshot customer = recognised.customer();
        Order order = session.orderProperty().get();
        state.set(new RecognitionState.Waiting());
        session.customerProperty().set(null);
        if (session.companionPageProperty().get() instanceof CompanionPage.Greeting) {
            session.companionPageProperty().set(new CompanionPage.Idle());
        }
        feedback.set(new Feedback(Feedback.Kind.REJECTED, ""));
        LOG.info("Cashier rejected a palm identification (score {}, order {})", String.format("%.3f",
                customer.score()), order == null ? "none" : order.number());
        session.tasks().run("record rejected identification",
                () -> orders.reject(order, customer.customerId(), customer.score()),
                this::replaceOrder,
                failure -> feedback.set(new Feedback(Feedback.Kind.FAILED, session.errors().describe(failure))));
    }

    /** One tap on a favourite or recommendation: adds the items for the recognised customer. */
    public void addForCustomer(List<String> itemIds, String label) {
        if (!(state.get() instanceof RecognitionState.Recognised recognised) || busy.get()) {
            return;
        }
        busy.set(true);
        feedback.set(new Feedback(Feedback.Kind.ADDING, label));
        Order current = session.orderProperty().get();
        session.tasks().run("add customer's pick",
                () -> orders.addItems(current, recognised.customer().customerId(), itemIds),
                order -> {
                    busy.set(false);
                    session.orderProperty().set(order);
                    feedback.set(new Feedback(Feedback.Kind.ADDED, label));
                },
                failure -> {
                    busy.set(false);
                    feedback.set(new Feedback(Feedback.Kind.FAILED, session.errors().describe(failure)));
                });
    }

    private void identified(String customerId, double score) {
        if (ownedElsewhere(session.companionPageProperty().get()) || isCurrent(customerId)) {
            return;
        }
        Set<String> cart = cartItems(session.orderProperty().get());
        startLoading(customerId, score, cart);
    }

    private void startLoading(String customerId, double score, Set<String> cart) {
        if (loading != null) {
            loading.cancel();
        }
        state.set(new RecognitionState.Loading());
        loading = session.tasks().run("load recognised customer", () -> lookup.load(customerId, score, cart),
                snapshot -> {
                    loading = null;
                    snapshot.ifPresentOrElse(this::recognised, this::notCached);
                },
                failure -> {
                    loading = null;
                    state.set(new RecognitionState.Waiting());
                    feedback.set(new Feedback(Feedback.Kind.FAILED, session.errors().describe(failure)));
                });
    }

    private void recognised(CustomerSnapshot customer) {
        state.set(new RecognitionState.Recognised(customer));
        session.customerProperty().set(customer.profile());
        CompanionPage page = session.companionPageProperty().get();
        if (!ownedElsewhere(page)) {
            beforeGuidance = new CompanionPage.Greeting(customer.firstName(), customer.points());
            session.companionPageProperty().set(beforeGuidance);
        }
        Order order = session.orderProperty().get();
        if (order != null && !customer.customerId().equals(order.customerId())) {
            session.tasks().run("attach customer", () -> orders.attach(order, customer.customerId()),
                    this::replaceOrder, failure -> feedback.set(new Feedback(Feedback.Kind.FAILED,
                            session.errors().describe(failure))));
        }
    }

    private void notCached() {
        // matched a template whose profile has not reached this terminal yet: nothing to show about them
        LOG.info("Palm matched an enrolled customer whose profile is not cached here yet; shown as not recognised");
        state.set(new RecognitionState.NotRecognised());
    }

    private void unknown() {
        CompanionPage page = session.companionPageProperty().get();
        if (ownedElsewhere(page) || state.get() instanceof RecognitionState.Recognised) {
            return;
        }
        state.set(new RecognitionState.NotRecognised());
        CompanionPage resting = page instanceof CompanionPage.Guidance ? beforeGuidance : page;
        if (!(resting instanceof CompanionPage.Idle || resting instanceof CompanionPage.Message)) {
            return; // e.g. the cart of the order being rung up stays; the cashier sees "not recognised"
        }
        beforeGuidance = new CompanionPage.Message(session.messages().get("companion.unknown.headline"),
                session.messages().get("companion.unknown.text"));
        session.companionPageProperty().set(beforeGuidance);
    }

    private void guidance(CaptureEvent.Guidance guidance) {
        CompanionPage page = session.companionPageProperty().get();
        if (ownedElsewhere(page) || page instanceof CompanionPage.Cart || page instanceof CompanionPage.ThankYou) {
            return;
        }
        if (!(page instanceof CompanionPage.Guidance)) {
            beforeGuidance = page;
        }
        session.companionPageProperty().set(new CompanionPage.Guidance(guidance.hint()));
    }

    private void handGone() {
        if (session.companionPageProperty().get() instanceof CompanionPage.Guidance) {
            session.companionPageProperty().set(beforeGuidance);
        }
    }

    /** Follows changes others make: a cleared sale empties the panel; a customer chosen elsewhere is loaded. */
    private void customerChanged(ObservableValue<? extends CustomerProfile> property, CustomerProfile old,
            CustomerProfile now) {
        if (now == null) {
            if (state.get() instanceof RecognitionState.Recognised) {
                state.set(new RecognitionState.Waiting());
            }
            beforeGuidance = new CompanionPage.Idle();
        } else if (!isCurrent(now.customerId())) {
            startLoading(now.customerId(), Double.NaN, cartItems(session.orderProperty().get()));
        }
    }

    private void replaceOrder(Order updated) {
        Order shown = session.orderProperty().get();
        if (updated != null && shown != null && shown.id().equals(updated.id())) {
            session.orderProperty().set(updated);
        } else if (updated != null && shown == null) {
            session.orderProperty().set(updated);
        }
    }

    private boolean isCurrent(String customerId) {
        return state.get() instanceof RecognitionState.Recognised recognised
                && recognised.customer().customerId().equals(customerId);
    }

    /** Pages where the palm belongs to another journey (paying, consenting, enrolling). */
    static boolean ownedElsewhere(CompanionPage page) {
        return page instanceof CompanionPage.PayWithPalm || page instanceof CompanionPage.Consent
                || page instanceof CompanionPage.EnrollCapture;
    }

    private static Set<String> cartItems(Order order) {
        return order == null ? Set.of()
                : order.lines().stream().map(OrderLine::itemId).collect(Collectors.toUnmodifiableSet());
    }

    /** Stops listening to the reader. */
    @Override
    public void close() {
        session.services().palm().removeListener(listener);
        if (loading != null) {
            loading.cancel();
        }
    }
}
