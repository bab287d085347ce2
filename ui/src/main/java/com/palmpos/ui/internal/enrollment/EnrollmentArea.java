package com.palmpos.ui.internal.enrollment;

import com.palmpos.ui.internal.session.CounterSession;
import java.util.Objects;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;

/**
 * The cashier window's enrollment screen: one of the three journeys (enroll, pre-enrollment code, loyalty),
 * opened from the counter with a shortcut or the customer panel's actions, and its keyboard handling.
 * FX thread only.
 */
public final class EnrollmentArea extends StackPane {

    private final EnrollmentViewModel enroll;
    private final PreEnrollmentViewModel preEnrollment;
    private final LoyaltyLinkViewModel loyalty;
    private final EnrollmentView enrollView;
    private final PreEnrollmentView preEnrollmentView;
    private final LoyaltyLinkView loyaltyView;
    private Journey journey = Journey.ENROLL;

    /** @param onClose called when a journey ends (the shell goes back to the counter) */
    public EnrollmentArea(CounterSession session, Runnable onClose) {
        Objects.requireNonNull(session, "session");
        setId("enrollment-area");
        getStyleClass().add("enrollment-area");
        this.enroll = new EnrollmentViewModel(session, onClose);
        this.preEnrollment = new PreEnrollmentViewModel(session, onClose);
        this.loyalty = new LoyaltyLinkViewModel(session, onClose);
        this.enrollView = new EnrollmentView(enroll, session.messages());
        this.preEnrollmentView = new PreEnrollmentView(preEnrollment, session.messages());
        this.loyaltyView = new LoyaltyLinkView(loyalty, session.messages());
    }

    /** Shows and starts {@code next} from its first step. */
    public void open(Journey next) {
        journey = Objects.requireNonNull(next, "journey");
        switch (next) {
            case ENROLL -> {
                getChildren().setAll(enrollView);
                enroll.start();
            }
            case PRE_ENROLLMENT -> {
                getChildren().setAll(preEnrollmentView);
                preEnrollment.start();
            }
            case LOYALTY -> {
                getChildren().setAll(loyaltyView);
                loyalty.start();
            }
        }
    }

    /** The open journey's shortcuts; true if the key was used. */
    public boolean handleKey(KeyEvent event) {
        return switch (journey) {
            case ENROLL -> enrollView.handleKey(event);
            case PRE_ENROLLMENT -> preEnrollmentView.handleKey(event);
            case LOYALTY -> loyaltyView.handleKey(event);
        };
    }
}
