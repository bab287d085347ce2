package com.palmpos.ui.internal.counter;

import com.palmpos.ui.internal.session.CounterSession;
import com.palmpos.pos.insight.Favourite;
import com.palmpos.pos.insight.Reason;
import com.palmpos.pos.insight.Recommendation;
import com.palmpos.pos.loyalty.Reward;
import com.palmpos.scanner.camera.CameraState;
import com.palmpos.scanner.camera.CameraStatus;
import com.palmpos.ui.internal.customer.CameraWatch;
import com.palmpos.ui.internal.customer.CustomerJourney;
import com.palmpos.ui.internal.customer.CustomerSnapshot;
import com.palmpos.ui.internal.customer.RecognitionState;
import com.palmpos.ui.internal.i18n.Messages;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import com.palmpos.ui.internal.customer.SecondCustomer;

/**
 * Customer panel of the counter screen: the recognised customer with points, rewards, favourites to reorder and
 * recommendations, "not recognised" with the enroll hint, the camera's state for the cashier, and the last action's
 * outcome. Texts come from the customer bundle; actions go to the {@link CustomerJourney}. FX thread only.
 */
public final class CustomerPanelViewModel implements AutoCloseable {

    /** One tap target: what the button says, the reason line under it, and the items it adds. */
    public record Pick(String label, String detail, List<String> itemIds) {
    }

    private final Messages messages;
    private final CustomerJourney journey;
    private final CameraWatch camera;
    private final EmptyState emptyState;
    private Runnable enrollAction = () -> { };
    private ObservableBooleanValue switchBlocked = new SimpleBooleanProperty(false);

    public CustomerPanelViewModel(CounterSession session) {
        this.messages = session.messages();
        this.journey = new CustomerJourney(session);
        this.camera = new CameraWatch(session.services().palm(), session.tasks());
        this.emptyState = new EmptyState(messages.get("counter.customer.empty"),
                messages.get("counter.customer.emptyHint"));
    }

    public String title() {
        return messages.get("counter.customer.title");
    }

    public EmptyState emptyState() {
        return emptyState;
    }

    public ReadOnlyObjectProperty<RecognitionState> stateProperty() {
        return journey.stateProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return journey.busyProperty();
    }

    /** What "Enroll this customer" does (the shell opens the enrollment journey). */
    public void onEnroll(Runnable action) {
        this.enrollAction = java.util.Objects.requireNonNull(action, "action");
    }

    /** The cashier offers enrollment to the customer whose palm was not recognised. */
    public void enroll() {
        enrollAction.run();
    }

    public String text(String key, Object... args) {
        return messages.get(key, args);
    }

    public String greeting(CustomerSnapshot customer) {
        return messages.get(customer.returning() ? "customer.panel.welcomeBack" : "customer.panel.welcome",
                customer.profile().greetingName());
    }

    public String points(CustomerSnapshot customer) {
        return messages.get("customer.panel.points", customer.points());
    }

    public List<String> rewards(CustomerSnapshot customer) {
        return customer.rewards().stream().map(Reward::name).toList();
    }

    public List<Pick> favourites(CustomerSnapshot customer) {
        return customer.favourites().stream().map(this::pick).toList();
    }

    public List<Pick> recommendations(CustomerSnapshot customer) {
        return customer.recommendations().stream().map(this::pick).toList();
    }

    /** A second customer waiting for the cashier's decision; null when none. */
    public ReadOnlyObjectProperty<SecondCustomer> secondCustomerProperty() {
        return journey.secondCustomerProperty();
    }

    /** While {@code blocked} is true (a change or payment of the open order runs) the cashier cannot switch. */
    public void blockSwitchWhile(ObservableBooleanValue blocked) {
        this.switchBlocked = java.util.Objects.requireNonNull(blocked, "blocked");
    }

    public ObservableBooleanValue switchBlockedProperty() {
        return switchBlocked;
    }

    /** "Bruno recognised: Anna's order No. 12 is open". */
    public String secondCustomerText(SecondCustomer second) {
        if (second.guestOrder()) {
            return messages.get("customer.guest.headline", second.customer().firstName(), second.orderNumber());
        }
        return messages.get("customer.second.headline", second.customer().firstName(), second.ownerName(),
                second.orderNumber());
    }

    public String switchText(SecondCustomer second) {
        if (second.guestOrder()) {
            return messages.get("customer.guest.attach", second.customer().firstName(), second.orderNumber());
        }
        return messages.get("customer.second.switch", second.customer().firstName(), second.ownerName());
    }

    public String keepText(SecondCustomer second) {
        if (second.guestOrder()) {
            return messages.get("customer.guest.keep");
        }
        return messages.get("customer.second.keep", second.ownerName());
    }

    public void switchToSecondCustomer() {
        if (!switchBlocked.get()) {
            journey.switchToSecondCustomer();
        }
    }

    public void keepCurrentCustomer() {
        journey.keepCurrentCustomer();
    }

    public void reject() {
        journey.rejectIdentification();
    }

    public void add(Pick pick) {
        journey.addForCustomer(pick.itemIds(), pick.label());
    }

    /** The last action's outcome in one sentence; empty before the first. */
    /** Forgets the last action's outcome: its notice has been shown long enough. */
    public void clearNotice() {
        journey.clearFeedback();
    }

    /** True while the customer's picks are being added (their notice must stay). */
    public boolean busy() {
        return journey.busyProperty().get();
    }

    public StringBinding notice() {
        return Bindings.createStringBinding(() -> {
            CustomerJourney.Feedback feedback = journey.feedbackProperty().get();
            if (feedback == null) {
                return "";
            }
            return switch (feedback.kind()) {
                case ADDING -> messages.get("customer.panel.adding", feedback.detail());
                case ADDED -> messages.get("customer.panel.added", feedback.detail());
                case REJECTED -> messages.get("customer.panel.rejected");
                case FAILED -> messages.get("customer.panel.failed", feedback.detail());
                case ORDER_KEPT -> messages.get("customer.second.kept", feedback.detail());
                case ORDER_RESUMED -> messages.get("customer.second.resumed", feedback.detail());
                case SPOOF_SUSPECTED -> messages.get("SUSPECT_SCREEN".equals(feedback.detail())
                        ? "customer.panel.suspectScreen" : "customer.panel.suspectPhoto");
            };
        }, journey.feedbackProperty());
    }

    /** The camera line for the cashier; empty while the camera runs. */
    public StringBinding cameraText() {
        return Bindings.createStringBinding(() -> cameraSentence(camera.statusProperty().get()),
                camera.statusProperty());
    }

    private String cameraSentence(CameraStatus status) {
        return status.state() == CameraState.RUNNING ? ""
                : messages.get("customer.camera." + status.state().name().toLowerCase(Locale.ROOT));
    }

    private Pick pick(Favourite favourite) {
        return new Pick(favourite.item().name(), messages.get("customer.panel.timesOrdered",
                favourite.timesOrdered()), List.of(favourite.item().id()));
    }

    private Pick pick(Recommendation recommendation) {
        return new Pick(recommendation.item().name(), reason(recommendation.reason()),
                List.of(recommendation.item().id()));
    }

    private String reason(Reason reason) {
        String daypart = messages.get("customer.daypart." + reason.daypart().name().toLowerCase(Locale.ROOT));
        return switch (reason.kind()) {
            case YOUR_HABIT -> messages.get("customer.reason.habit", daypart);
            case YOUR_USUAL -> messages.get("customer.reason.usual");
            case OFTEN_WITH -> messages.get("customer.reason.oftenWith", reason.relatedItemName());
            case POPULAR_NOW -> messages.get("customer.reason.popular", daypart);
        };
    }

    /** Stops listening to the palm reader. */
    @Override
    public void close() {
        journey.close();
        camera.close();
    }
}
