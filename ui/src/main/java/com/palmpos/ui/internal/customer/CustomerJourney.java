package com.palmpos.ui.internal.customer;

import com.palmpos.pos.customer.CustomerProfile;
import com.palmpos.pos.order.Order;
import com.palmpos.pos.order.OrderLine;
import com.palmpos.scanner.capture.CaptureEvent;
import com.palmpos.scanner.capture.CaptureListener;
import com.palmpos.ui.internal.session.CompanionPage;
import com.palmpos.ui.internal.session.CounterSession;
import com.palmpos.ui.internal.session.PalmOwner;
import com.palmpos.ui.task.TaskRunner.TaskHandle;
import java.util.HashSet;
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
    private final ReadOnlyObjectWrapper<SecondCustomer> secondCustomer =
            new ReadOnlyObjectWrapper<>(this, "secondCustomer");
    private CompanionPage beforeGuidance = new CompanionPage.Idle();
    private TaskHandle loading;
    /** Customers the cashier chose not to serve for the open order {@link #keptFor}: they are not asked again. */
    private final Set<String> kept = new HashSet<>();
    private String keptFor;
    /** The palm the cashier said is not this customer: ignored until the hand leaves the reader. */
    private String rejectedPalm;

    /** The outcome of the last action, for the panel's notice line. */
    public record Feedback(Kind kind, String detail) {
        /** Which sentence the panel shows; {@code detail} fills it in. */
        public enum Kind { ADDING, ADDED, REJECTED, FAILED, SPOOF_SUSPECTED, ORDER_KEPT, ORDER_RESUMED }
    }

    public CustomerJourney(CounterSession session) {
        this.session = Objects.requireNonNull(session, "session");
        this.lookup = new CustomerLookup(session.services().customers(), session.services().loyalty(),
                session.services().insights());
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

    /** Forgets the last action's outcome (its notice was shown long enough). */
    public void clearFeedback() {
        feedback.set(null);
    }

    /** True while picked items are being added (the panel disables its buttons meanwhile). */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /**
     * A customer recognised while another customer's order with items is open, waiting for the cashier's decision
     * ({@link #switchToSecondCustomer()} or {@link #keepCurrentCustomer()}); null when there is none.
     */
    public ReadOnlyObjectProperty<SecondCustomer> secondCustomerProperty() {
        return secondCustomer.getReadOnlyProperty();
    }

    /**
     * Serves the second customer: the open order stays open in the store for its customer (their palm brings it
     * back), the counter starts afresh for the one just recognised. The caller makes sure no change or payment of
     * the open order is running.
     */
    public void switchToSecondCustomer() {
        SecondCustomer waiting = secondCustomer.get();
        if (waiting == null) {
            return;
        }
        secondCustomer.set(null);
        if (waiting.guestOrder()) {
            // the cashier's action: the order without a customer becomes this customer's
            recognised(waiting.customer());
            return;
        }
        Order kept = session.orderProperty().get();
        session.orderProperty().set(null);
        recognised(waiting.customer());
        if (kept != null) {
            LOG.info("Cashier switched to another recognised customer; order {} stays open for its customer",
                    kept.number());
            feedback.set(new Feedback(Feedback.Kind.ORDER_KEPT, waiting.ownerName()));
        }
    }

    /**
     * Keeps serving the open order's customer (or keeps the guest order without a customer); the second customer is
     * not asked about again while this order is open.
     */
    public void keepCurrentCustomer() {
        SecondCustomer waiting = secondCustomer.get();
        Order order = session.orderProperty().get();
        if (waiting != null && order != null) {
            if (!order.id().equals(keptFor)) {
                kept.clear();
                keptFor = order.id();
            }
            kept.add(waiting.customer().customerId());
        }
        secondCustomer.set(null);
    }

    /** Handles one reader event on the FX thread (the listener calls it; tests may too). */
    void handle(CaptureEvent event) {
        if (event instanceof CaptureEvent.Identified identified) {
            boolean ours = ownsPalm();
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
        rejectedPalm = customer.customerId();
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
        if (!ownsPalm() || isCurrent(customerId) || isWaiting(customerId)) {
            return; // the same customer again changes nothing
        }
        if (customerId.equals(rejectedPalm) || keptAside(customerId)) {
            return; // the cashier decided about this palm already
        }
        Set<String> cart = cartItems(session.orderProperty().get());
        startLoading(customerId, score, cart);
    }

    private void startLoading(String customerId, double score, Set<String> cart) {
        if (loading != null) {
            loading.cancel();
        }
        RecognitionState before = state.get() instanceof RecognitionState.Loading ? new RecognitionState.Waiting()
                : state.get();
        // a customer without an order in hand may have one kept open from earlier: it comes back with them
        Order open = session.orderProperty().get();
        boolean mayResume = open == null;
        if (!hasOwner(open)) {
            // while a customer's order is open their card stays up: the one just read may only be asked about
            state.set(new RecognitionState.Loading());
        }
        loading = session.tasks().run("load recognised customer",
                () -> new Loaded(lookup.load(customerId, score, cart), mayResume ? orders.parked(customerId) : null),
                loaded -> {
                    loading = null;
                    loaded.customer().ifPresentOrElse(customer -> arrived(customer, loaded.parked(), before),
                            this::notCached);
                },
                failure -> {
                    loading = null;
                    state.set(before);
                    feedback.set(new Feedback(Feedback.Kind.FAILED, session.errors().describe(failure)));
                });
    }

    /** What a recognition loads off the FX thread: the customer and their order kept open, if any. */
    private record Loaded(java.util.Optional<CustomerSnapshot> customer, Order parked) {
    }

    /**
     * An order with items belongs to its customer: a second customer recognised meanwhile waits for the cashier's
     * decision instead of taking the order over. An empty or anonymous order goes to whoever was recognised.
     */
    private void arrived(CustomerSnapshot customer, Order parked, RecognitionState before) {
        Order order = session.orderProperty().get();
        if (order != null && !order.lines().isEmpty() && order.customerId() == null) {
            // a guest's order is never given to a palm by itself: the cashier adds the customer, or not
            state.set(before);
            secondCustomer.set(new SecondCustomer(customer, "", order.number(), true));
            return;
        }
        if (hasOwner(order) && !order.customerId().equals(customer.customerId())) {
            state.set(before);
            secondCustomer.set(new SecondCustomer(customer, ownerName(order), order.number(), false));
            LOG.info("Another customer recognised while order {} of its customer is open; asking the cashier",
                    order.number());
            return;
        }
        secondCustomer.set(null);
        if (parked != null && session.orderProperty().get() == null) {
            session.orderProperty().set(parked);
            feedback.set(new Feedback(Feedback.Kind.ORDER_RESUMED, String.valueOf(parked.number())));
        }
        recognised(customer);
    }

    private static boolean hasOwner(Order order) {
        return order != null && !order.lines().isEmpty() && order.customerId() != null;
    }

    private String ownerName(Order order) {
        CustomerProfile served = session.customerProperty().get();
        if (served != null && served.customerId().equals(order.customerId())) {
            return CustomerSnapshot.firstNameOf(served);
        }
        return session.messages().get("customer.second.someone");
    }

    private boolean isWaiting(String customerId) {
        SecondCustomer waiting = secondCustomer.get();
        return waiting != null && waiting.customer().customerId().equals(customerId);
    }

    private void recognised(CustomerSnapshot customer) {
        state.set(new RecognitionState.Recognised(customer));
        session.customerProperty().set(customer.profile());
        CompanionPage page = session.companionPageProperty().get();
        if (ownsPalm()) {
            beforeGuidance = new CompanionPage.Greeting(customer.firstName(), customer.points(), customer.returning(),
                    !customer.favourites().isEmpty());
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
        if (!ownsPalm() || state.get() instanceof RecognitionState.Recognised) {
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
        if (!ownsPalm() || page instanceof CompanionPage.Cart || page instanceof CompanionPage.ThankYou) {
            return;
        }
        if (!(page instanceof CompanionPage.Guidance)) {
            beforeGuidance = page;
        }
        session.companionPageProperty().set(new CompanionPage.Guidance(guidance.hint()));
    }

    private boolean keptAside(String customerId) {
        Order order = session.orderProperty().get();
        return order != null && order.id().equals(keptFor) && kept.contains(customerId);
    }

    private void handGone() {
        rejectedPalm = null;
        if (session.companionPageProperty().get() instanceof CompanionPage.Guidance) {
            session.companionPageProperty().set(beforeGuidance);
        }
    }

    /** Follows changes others make: a cleared sale empties the panel; a customer chosen elsewhere is loaded. */
    private void customerChanged(ObservableValue<? extends CustomerProfile> property, CustomerProfile old,
            CustomerProfile now) {
        if (now == null) {
            secondCustomer.set(null);
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

    /** Palm events are this journey's unless a payment or an enrollment owns the palm right now. */
    private boolean ownsPalm() {
        return session.palmOwner() == PalmOwner.RECOGNITION;
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
