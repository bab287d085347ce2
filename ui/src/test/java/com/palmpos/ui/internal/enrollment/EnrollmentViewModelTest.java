package com.palmpos.ui.internal.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.pos.customer.CustomerProfile;
import com.palmpos.scanner.capture.CaptureEvent;
import com.palmpos.scanner.capture.GuidanceHint;
import com.palmpos.ui.internal.companion.CompanionPage;
import com.palmpos.ui.internal.enrollment.EnrollmentViewModel.Step;
import com.palmpos.ui.testing.ScriptedPalmReader;
import com.palmpos.ui.testing.StoreEnrollmentDesk;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnrollmentViewModelTest {

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

        assertThat(consent().noticeVersion()).isEqualTo(StoreEnrollmentDesk.NOTICE.version());
        assertThat(consent().noticeText()).isEqualTo(StoreEnrollmentDesk.NOTICE.text());
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
        assertThat(fx.desk.customerRows()).isZero();
        assertThat(fx.desk.templateOwners()).isEmpty();
        assertThat(fx.desk.consents).isEmpty();
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
                .isEqualTo("Anna Berg \u00b7 Visa \u2022\u2022\u2022\u2022 4242 \u00b7 with a loyalty account");
        journey.primary();

        assertThat(journey.state().stepProperty().get()).isEqualTo(Step.DONE);
        CustomerProfile customer = fx.session.customerProperty().get();
        assertThat(customer.name()).isEqualTo("Anna Berg");
        assertThat(customer.card().last4()).isEqualTo("4242");
        assertThat(fx.counter.pos.customers().find(customer.customerId())).get()
                .extracting(CustomerProfile::name).isEqualTo("Anna Berg");
        assertThat(fx.desk.templateOwners()).containsExactly(customer.customerId());
        assertThat(fx.desk.consents).containsEntry(customer.customerId(), StoreEnrollmentDesk.NOTICE.version());
        assertThat(fx.reader.gallery).containsKey(customer.customerId());
        assertThat(fx.session.companionPageProperty().get()).isEqualTo(new CompanionPage.Greeting("Anna Berg", 0));
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
        assertThat(fx.desk.customerRows()).isZero();
    }

    @Test
    void anUnreadableCardCanBeTriedAgain() {
        fx.desk.cardUnreadable(true);
        journey.start();
        consent().onAccept().run();
        fx.reader.emit(new CaptureEvent.Enrolled(ScriptedPalmReader.template()));

        assertThat(journey.state().errorProperty().get()).startsWith("The card could not be read");
        assertThat(journey.state().primaryProperty().get()).isEmpty();
        fx.desk.cardUnreadable(false);
        journey.retry();
        assertThat(journey.state().cardProperty().get()).isEqualTo("Visa \u2022\u2022\u2022\u2022 4242");
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
        assertThat(fx.desk.customerRows()).isZero();
    }

    @Test
    void speaksGerman() {
        fx.fresh(Locale.GERMAN);
        journey = new EnrollmentViewModel(fx.session, fx.onClose());
        journey.start();

        assertThat(journey.state().titleProperty().get()).isEqualTo("Einwilligung");
        assertThat(journey.state().statusProperty().get()).startsWith("Warten auf die Antwort des Kunden");
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
