package com.palmpos.ui.internal.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.pos.consent.ConsentNotices;
import com.palmpos.pos.customer.CustomerProfile;
import com.palmpos.scanner.capture.CaptureEvent;
import com.palmpos.scanner.capture.GuidanceHint;
import com.palmpos.ui.internal.session.CompanionPage;
import com.palmpos.ui.internal.enrollment.EnrollmentViewModel.Step;
import com.palmpos.ui.testing.ScriptedPalmReader;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Enrollment at the counter over the real pos services on H2, with a scripted palm reader. */
class EnrollmentViewModelTest {

    private static final Map<String, Long> NOTHING = Map.of("customers", 0L, "palm_templates", 0L,
            "consent_records", 0L, "outbox", 0L);

    @TempDir
    static Path dir;
    private static JourneyFixture fx;
    private EnrollmentViewModel journey;

    @BeforeAll
    static void openStore() {
        fx = new JourneyFixture(dir);
    }

    @AfterAll
    static void closeStore() {
        fx.close();
    }

    @BeforeEach
    void open() {
        fx.fresh(Locale.ENGLISH);
        journey = new EnrollmentViewModel(fx.session, fx.onClose());
    }

    @Test
    void putsTheVersionedNoticeOnTheCustomerDisplayAndWaits() {
        journey.start();

        assertThat(consent().noticeVersion()).isEqualTo(ConsentNotices.load().currentVersion());
        assertThat(consent().noticeText()).contains("What we collect");
        assertThat(journey.state().statusProperty().get())
                .isEqualTo("Waiting for the customer's answer on the customer display\u2026");
        assertThat(fx.reader.enrollmentsStarted).isZero();
    }

    @Test
    void declineLeavesNothingBehind() {
        journey.start();
        consent().onDecline().run();

        assertThat(journey.state().stepProperty().get()).isEqualTo(Step.DECLINED);
        assertThat(journey.state().statusProperty().get()).startsWith("Nothing was stored");
        assertThat(fx.reader.enrollmentsStarted).isZero();
        assertThat(fx.pos.rows()).isEqualTo(NOTHING);
        journey.primary();
        assertThat(fx.closed).isOne();
        assertThat(fx.session.companionPageProperty().get()).isEqualTo(new CompanionPage.Idle());
    }

    @Test
    void guidesTheCapturesOnBothScreens() {
        journey.start();
        consent().onAccept().run();
        fx.reader.emit(new CaptureEvent.EnrollmentProgress(1, 3));

        assertThat(fx.reader.enrollmentsStarted).isOne();
        assertThat(fx.session.companionPageProperty().get()).isEqualTo(new CompanionPage.EnrollCapture(1, 3,
                "Capture 1 of 3 done \u2014 keep your hand there."));
        fx.reader.emit(new CaptureEvent.Guidance(GuidanceHint.TOO_FAR));
        assertThat(journey.state().statusProperty().get()).isEqualTo("Move your hand closer to the reader.");
        assertThat(journey.state().capturedProperty().get()).isEqualTo(1);
    }

    @Test
    void commitsCustomerTemplateCardAndConsentTogetherAndRecognisesAtOnce() {
        reachDetails();
        journey.form().nameProperty().set("  Anna   Berg ");
        journey.form().loyaltyProperty().set(true);
        journey.form().phoneProperty().set("+49 (30) 123-4567");
        journey.primary();
        assertThat(journey.state().summaryProperty().get())
                .isEqualTo("Anna Berg \u00b7 VISA \u2022\u2022\u2022\u2022 4242 \u00b7 with a loyalty account");
        journey.primary();

        assertThat(journey.state().stepProperty().get()).isEqualTo(Step.DONE);
        CustomerProfile customer = fx.session.customerProperty().get();
        assertThat(customer.name()).isEqualTo("Anna Berg");
        assertThat(customer.card().last4()).isEqualTo("4242");
        assertThat(customer.loyaltyId()).isNotNull();
        assertThat(journey.state().statusProperty().get()).contains(customer.loyaltyId());
        assertThat(fx.counter.pos.customers().find(customer.customerId())).isPresent();
        assertThat(fx.templateOwners()).containsExactly(customer.customerId());
        assertThat(fx.pos.rows()).containsEntry("consent_records", 1L);
        assertThat(fx.reader.gallery).containsKey(customer.customerId());
        assertThat(fx.session.companionPageProperty().get()).isEqualTo(CompanionPage.Greeting.newCustomer("Anna Berg", 0));
    }

    @Test
    void detailsSayWhatIsWrongAndStoreNothing() {
        reachDetails();
        journey.form().loyaltyProperty().set(true);
        journey.primary();
        assertThat(journey.form().nameErrorProperty().get()).isEqualTo("Enter the customer's name.");
        assertThat(journey.form().contactErrorProperty().get())
                .isEqualTo("A loyalty account needs a phone number or an e-mail address.");

        journey.form().nameProperty().set("R2D2");
        journey.form().emailProperty().set("anna@example");
        journey.primary();
        assertThat(journey.form().nameErrorProperty().get()).startsWith("A name has letters");
        assertThat(journey.form().contactErrorProperty().get()).startsWith("That e-mail address does not look right");
        assertThat(journey.state().stepProperty().get()).isEqualTo(Step.DETAILS);
        assertThat(fx.pos.rows()).isEqualTo(NOTHING);
    }

    @Test
    void anUnreadableCardCanBeTriedAgain() {
        fx.pos.cardUnreadable(true);
        journey.start();
        consent().onAccept().run();
        fx.reader.emit(new CaptureEvent.Enrolled(ScriptedPalmReader.template()));

        assertThat(journey.state().errorProperty().get()).startsWith("The card could not be read");
        assertThat(journey.state().primaryProperty().get()).isEmpty();
        fx.pos.cardUnreadable(false);
        journey.retry();
        assertThat(journey.state().cardProperty().get()).isEqualTo("VISA \u2022\u2022\u2022\u2022 4242");
        assertThat(journey.state().errorProperty().get()).isEmpty();
    }

    @Test
    void cancellingDuringCapturesStopsTheReaderAndDropsLateEvents() {
        journey.start();
        consent().onAccept().run();
        journey.cancel();
        fx.reader.emit(new CaptureEvent.Enrolled(ScriptedPalmReader.template()));

        assertThat(fx.reader.enrollmentsCancelled).isOne();
        assertThat(fx.reader.listenerCount()).isZero();
        assertThat(fx.closed).isOne();
        assertThat(fx.session.companionPageProperty().get()).isEqualTo(new CompanionPage.Idle());
        assertThat(fx.pos.rows()).isEqualTo(NOTHING);
    }

    @Test
    void speaksGermanAndShowsTheGermanNotice() {
        fx.fresh(Locale.GERMAN);
        journey = new EnrollmentViewModel(fx.session, fx.onClose());
        journey.start();

        assertThat(journey.state().titleProperty().get()).isEqualTo("Einwilligung");
        assertThat(journey.state().statusProperty().get()).startsWith("Warten auf die Antwort des Kunden");
        assertThat(consent().noticeText()).isEqualTo(ConsentNotices.load().current(Locale.GERMAN).text());
    }

    private void reachDetails() {
        journey.start();
        consent().onAccept().run();
        fx.reader.emit(new CaptureEvent.Enrolled(ScriptedPalmReader.template()));
        assertThat(journey.state().stepProperty().get()).isEqualTo(Step.CARD);
        journey.primary();
        assertThat(journey.state().stepProperty().get()).isEqualTo(Step.DETAILS);
    }

    private CompanionPage.Consent consent() {
        return (CompanionPage.Consent) fx.session.companionPageProperty().get();
    }
}
