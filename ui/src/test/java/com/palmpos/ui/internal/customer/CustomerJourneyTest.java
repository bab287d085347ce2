package com.palmpos.ui.internal.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.pos.customer.CustomerProfile;
import com.palmpos.pos.menu.ServiceMode;
import com.palmpos.pos.money.Money;
import com.palmpos.pos.order.Order;
import com.palmpos.scanner.PalmTemplate;
import com.palmpos.scanner.camera.CameraState;
import com.palmpos.scanner.camera.CameraStatus;
import com.palmpos.scanner.capture.CaptureEvent;
import com.palmpos.scanner.capture.Liveness;
import com.palmpos.scanner.capture.CaptureListener;
import com.palmpos.scanner.capture.GuidanceHint;
import com.palmpos.scanner.capture.PreviewListener;
import com.palmpos.ui.CounterServices;
import com.palmpos.ui.internal.session.CompanionPage;
import com.palmpos.ui.internal.session.CounterSession;
import com.palmpos.ui.internal.i18n.Messages;
import com.palmpos.ui.port.PalmReader;
import com.palmpos.ui.task.ImmediateTaskRunner;
import com.palmpos.ui.testing.TestCounter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The returning-customer journey's rules without an FX thread: reader events are handed in directly, store work
 * runs at once on the real services (H2 file).
 */
class CustomerJourneyTest {

    @TempDir
    static Path dir;
    private static TestCounter counter;
    private CounterSession session;
    private CustomerJourney journey;

    @BeforeAll
    static void openStore() {
        counter = new TestCounter(dir);
        Instant now = counter.clock.instant();
        counter.pos.customers().upsert(new CustomerProfile("cus-anna", "Anna Schmidt", null, "L-1", Set.of(),
                Set.of(), null, 40, now, 1, now));
    }

    @AfterAll
    static void closeStore() {
        counter.close();
    }

    @BeforeEach
    void newSession() {
        session = new CounterSession(withSilentReader(counter.services), new ImmediateTaskRunner(),
                Messages.forLocale(Locale.ENGLISH));
        journey = new CustomerJourney(session);
    }

    @Test
    void greetsByFirstNameOnlyAndAttachesTheOpenOrder() {
        Order order = counter.pos.orders().open(ServiceMode.DINE_IN, "", "staff");
        session.orderProperty().set(order);

        journey.handle(new CaptureEvent.Identified("cus-anna", 0.8));

        assertThat(session.customerProperty().get().customerId()).isEqualTo("cus-anna");
        assertThat(session.companionPageProperty().get()).isInstanceOfSatisfying(CompanionPage.Greeting.class, g -> {
            assertThat(g.firstName()).isEqualTo("Anna");
            assertThat(g.points()).isEqualTo(counter.pos.loyalty().balance("cus-anna"));
        });
        assertThat(counter.pos.orders().find(order.id()).orElseThrow().customerId()).isEqualTo("cus-anna");
    }

    @Test
    void warnsTheCashierWhenTheHandLookedLikeAPhotoButStillServesTheCustomer() {
        journey.handle(new CaptureEvent.Identified("cus-anna", 0.8,
                new Liveness(Liveness.Verdict.SUSPECT_PHOTO, 0.02, Double.NaN)));

        assertThat(journey.feedbackProperty().get().kind()).isEqualTo(CustomerJourney.Feedback.Kind.SPOOF_SUSPECTED);
        assertThat(session.customerProperty().get().customerId()).isEqualTo("cus-anna");
    }

    @Test
    void leavesIdentificationToThePaymentWhilePayingWithPalm() {
        CompanionPage paying = new CompanionPage.PayWithPalm(Money.parse("9.50",
                counter.pos.menus().menu().currency()));
        session.companionPageProperty().set(paying);

        journey.handle(new CaptureEvent.Identified("cus-anna", 0.8));

        assertThat(session.companionPageProperty().get()).isEqualTo(paying);
        assertThat(session.customerProperty().get()).isNull();
        assertThat(journey.stateProperty().get()).isInstanceOf(RecognitionState.Waiting.class);
    }

    @Test
    void doesNotGreetTheSameCustomerTwice() {
        journey.handle(new CaptureEvent.Identified("cus-anna", 0.8));
        Order order = counter.pos.orders().open(ServiceMode.DINE_IN, "", "staff");
        session.companionPageProperty().set(new CompanionPage.Cart(order));

        journey.handle(new CaptureEvent.Identified("cus-anna", 0.9));

        assertThat(session.companionPageProperty().get()).isInstanceOf(CompanionPage.Cart.class);
    }

    @Test
    void aMatchWithoutACachedProfileIsShownAsNotRecognised() {
        journey.handle(new CaptureEvent.Identified("cus-not-pulled-yet", 0.7));

        assertThat(journey.stateProperty().get()).isInstanceOf(RecognitionState.NotRecognised.class);
        assertThat(session.customerProperty().get()).isNull();
    }

    @Test
    void guidanceShowsWhileTheHandIsThereAndTheIdlePageReturnsAfter() {
        journey.handle(new CaptureEvent.Guidance(GuidanceHint.TOO_FAR));
        assertThat(session.companionPageProperty().get()).isEqualTo(new CompanionPage.Guidance(GuidanceHint.TOO_FAR));

        journey.handle(new CaptureEvent.NoHand());

        assertThat(session.companionPageProperty().get()).isInstanceOf(CompanionPage.Idle.class);
    }

    @Test
    void oneTapOnAPickOpensAnOrderForTheCustomer() {
        journey.handle(new CaptureEvent.Identified("cus-anna", 0.8));

        journey.addForCustomer(List.of("latte"), "Latte");

        Order order = session.orderProperty().get();
        assertThat(order.customerId()).isEqualTo("cus-anna");
        assertThat(counter.pos.orders().find(order.id()).orElseThrow().lines())
                .extracting(line -> line.itemId()).containsExactly("latte");
        assertThat(journey.feedbackProperty().get().kind()).isEqualTo(CustomerJourney.Feedback.Kind.ADDED);
    }

    @Test
    void aPickTheMenuRefusesSaysWhyAndAddsNothing() {
        journey.handle(new CaptureEvent.Identified("cus-anna", 0.8));

        journey.addForCustomer(List.of("no-such-item"), "Mystery");

        assertThat(journey.feedbackProperty().get().kind()).isEqualTo(CustomerJourney.Feedback.Kind.FAILED);
        assertThat(journey.feedbackProperty().get().detail()).contains("no-such-item");
        assertThat(journey.busyProperty().get()).isFalse();
    }

    @Test
    void clearingTheSaleEmptiesThePanel() {
        journey.handle(new CaptureEvent.Identified("cus-anna", 0.8));

        session.clear();

        assertThat(journey.stateProperty().get()).isInstanceOf(RecognitionState.Waiting.class);
    }

    /** The real services with a reader that sends nothing, so only the test's events reach the journey. */
    private static CounterServices withSilentReader(CounterServices s) {
        return new CounterServices(s.clock(), s.settings(), s.staffId(), s.menus(), s.orders(), s.payments(),
                s.loyalty(), s.customers(), s.insights(), s.shifts(), s.reports(), s.staff(), new SilentReader(),
                s.audit(), s.palmPayments());
    }

    private static final class SilentReader implements PalmReader {
        @Override
        public java.util.Optional<String> enrolledAs(com.palmpos.scanner.PalmTemplate template) {
            return java.util.Optional.empty();
        }

        @Override
        public void addListener(CaptureListener listener) {
        }

        @Override
        public void removeListener(CaptureListener listener) {
        }

        @Override
        public void addPreviewListener(PreviewListener listener) {
        }

        @Override
        public void removePreviewListener(PreviewListener listener) {
        }

        @Override
        public void startEnrollment(int captures) {
        }

        @Override
        public void cancelEnrollment() {
        }

        @Override
        public void addToGallery(String customerId, PalmTemplate template) {
        }

        @Override
        public void removeFromGallery(String customerId) {
        }

        @Override
        public CameraStatus cameraStatus() {
            return new CameraStatus(CameraState.RUNNING, "test", "running");
        }
    }
}
