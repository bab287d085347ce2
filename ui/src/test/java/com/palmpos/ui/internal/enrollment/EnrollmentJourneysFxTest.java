package com.palmpos.ui.internal.enrollment;

import static com.palmpos.ui.testing.FxQueries.onFx;
import static com.palmpos.ui.testing.FxQueries.runFx;
import static com.palmpos.ui.testing.FxQueries.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.palmpos.pos.customer.CustomerProfile;
import com.palmpos.scanner.camera.sim.Scene;
import com.palmpos.scanner.capture.CaptureEvent;
import com.palmpos.ui.internal.session.CompanionPage;
import com.palmpos.scanner.camera.sim.SyntheticScenes;
import com.palmpos.scanner.synth.Background;
import com.palmpos.scanner.synth.SyntheticPalms;
import com.palmpos.ui.testing.FxQueries;
import com.palmpos.ui.testing.SyntheticCustomers;
import com.palmpos.ui.testing.FxWatchdogExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The enrollment journeys on the real cashier window (headless), with the real capture loop on the simulated
 * camera producing the palm template, and the store checked in H2 afterwards. Every test runs under the FX watchdog;
 * only the windows' first show is not judged.
 */
@ExtendWith(FxWatchdogExtension.class)
class EnrollmentJourneysFxTest {

    /** Subject 3 of the synthetic population: nobody is enrolled with that palm before the test. */
    private static final int NEWCOMER = 3;
    /** Capturing on a busy 2-core machine takes seconds; the loop drops frames rather than queue them. */
    private static final Duration CAPTURE = Duration.ofSeconds(60);

    private static Scene camera;
    private final FxRobot robot = new FxRobot();
    private final FxQueries fx = new FxQueries(robot);
    @TempDir
    Path dir;
    private EnrollmentScreens screens;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        Platform.setImplicitExit(false);
        camera = EnrollmentScreens.visits(NEWCOMER);
    }

    @AfterEach
    void close() throws Exception {
        if (screens != null) {
            screens.close();
        }
    }

    @Test
    void enrollsAtTheCounterAndTheCustomerIsRecognisedAtOnce() throws Exception {
        openScreens();
        robot.push(KeyCode.CONTROL, KeyCode.E);
        waitUntil(() -> screens.session.companionPageProperty().get() instanceof CompanionPage.Consent);
        assertThat(fx.text("#enroll-status"))
                .isEqualTo("Waiting for the customer's answer on the customer display\u2026");

        customerAnswers(true);
        waitUntil(() -> !fx.text("#enroll-card").isEmpty(), CAPTURE);
        assertThat(fx.text("#enroll-card")).isEqualTo("VISA \u2022\u2022\u2022\u2022 4242");
        assertThat(screens.companionPages).anyMatch(p -> p instanceof CompanionPage.EnrollCapture c
                && c.captured() == c.required());

        robot.push(KeyCode.ENTER);
        waitUntil(() -> fx.isShown("#enroll-name"));
        robot.clickOn("#enroll-name").write("Anna Berg");
        robot.clickOn("#enroll-loyalty");
        robot.clickOn("#enroll-phone").write("12");
        robot.push(KeyCode.ENTER);
        assertThat(fx.text("#enroll-contact-error")).startsWith("That phone number does not look right");

        robot.clickOn("#enroll-phone").eraseText(2).write("+49 170 7654321");
        robot.push(KeyCode.ENTER);
        assertThat(fx.text("#enroll-summary")).startsWith("Anna Berg \u00b7 VISA");
        robot.clickOn("#enroll-primary");
        waitUntil(() -> "Enrolled".equals(fx.text("#enroll-title")));

        CustomerProfile customer = onFx(() -> screens.session.customerProperty().get());
        assertThat(customer.name()).isEqualTo("Anna Berg");
        assertThat(customer.loyaltyId()).isNotNull();
        assertThat(screens.templateOwners()).containsExactly(customer.customerId());
        assertThat(screens.pos.rows()).containsEntry("consent_records", 1L).containsEntry("customers", 1L);
        waitUntil(() -> screens.captureEvents.stream().anyMatch(e -> e instanceof CaptureEvent.Identified i
                && i.customerId().equals(customer.customerId())), CAPTURE);

        // a customer who has just enrolled is welcomed, not welcomed back
        assertThat(screens.companionPages).anyMatch(p -> p instanceof CompanionPage.Greeting g && !g.returning())
                .noneMatch(p -> p instanceof CompanionPage.Greeting g && g.returning());
        robot.push(KeyCode.ENTER);
        waitUntil(() -> fx.isShown("#counter-screen"));
        waitUntil(() -> "Welcome, Anna Berg".equals(fx.text("#customer-greeting")));
    }

    @Test
    void aPalmTheReaderKnowsAlreadyIsRefusedWithoutSayingWhose() throws Exception {
        openScreens();
        // known to the live gallery only, as the demo customers are: the store's own check cannot see it
        screens.counter.palm.addToGallery("cus-known", new SyntheticCustomers(
                new SyntheticScenes(new SyntheticPalms(42), Background.cycle(1))).template(NEWCOMER));
        robot.push(KeyCode.CONTROL, KeyCode.E);
        waitUntil(() -> screens.session.companionPageProperty().get() instanceof CompanionPage.Consent);

        customerAnswers(true);
        waitUntil(() -> !fx.text("#enroll-error").isEmpty(), CAPTURE);

        assertThat(fx.text("#enroll-error")).isEqualTo(
                "This palm is enrolled already. Cancel and serve the customer as a returning guest.")
                .doesNotContain("cus-known");
        assertThat(fx.isShown("#enroll-card")).isFalse();
        assertThat(screens.pos.rows()).containsEntry("customers", 0L).containsEntry("palm_templates", 0L);
        robot.push(KeyCode.ESCAPE);
        waitUntil(() -> fx.isShown("#counter-screen"));
    }

    @Test
    void aWrongPreEnrollmentCodeIsRefusedBeforeAnyCapture() throws Exception {
        openScreens();
        screens.pos.withPreEnrollment("HJKM6789", "cus-eve");
        robot.push(KeyCode.CONTROL, KeyCode.K);
        waitUntil(() -> fx.isShown("#pre-keypad"));

        robot.type(KeyCode.H, KeyCode.J, KeyCode.K, KeyCode.M, KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8,
                KeyCode.DIGIT8);
        robot.push(KeyCode.ENTER);
        waitUntil(() -> screens.pos.codeChecks.get() == 1 && !fx.text("#enroll-error").isEmpty());

        assertThat(fx.isShown("#pre-keypad")).isTrue();
        assertThat(screens.captureEvents).noneMatch(e -> e instanceof CaptureEvent.EnrollmentProgress);
        assertThat(onFx(() -> screens.session.companionPageProperty().get()))
                .isNotInstanceOf(CompanionPage.EnrollCapture.class);
        robot.push(KeyCode.ESCAPE);
        waitUntil(() -> fx.isShown("#counter-screen"));
    }

    @Test
    void decliningLeavesNothingBehind() throws Exception {
        openScreens();
        robot.push(KeyCode.CONTROL, KeyCode.E);
        waitUntil(() -> screens.session.companionPageProperty().get() instanceof CompanionPage.Consent);

        customerAnswers(false);
        waitUntil(() -> "Customer declined".equals(fx.text("#enroll-title")));
        assertThat(fx.text("#enroll-status")).isEqualTo("Nothing was stored. Serve the customer as usual.");
        assertThat(screens.pos.rows()).containsOnly(entry("customers", 0L), entry("palm_templates", 0L),
                entry("consent_records", 0L), entry("outbox", 0L));
        assertThat(screens.captureEvents).noneMatch(e -> e instanceof CaptureEvent.EnrollmentProgress);

        robot.push(KeyCode.ENTER);
        waitUntil(() -> fx.isShown("#counter-screen"));
        // the customer display is back in the counter's hands: idle, or (the camera still films the newcomer's
        // hand) the everyday recognition pages such as guidance or "we don't know this palm yet"
        assertThat(onFx(() -> screens.session.companionPageProperty().get()))
                .isNotInstanceOfAny(CompanionPage.Consent.class, CompanionPage.EnrollCapture.class);
    }

    @Test
    void completesAPreEnrollmentWithTheCodeAndThePalm() throws Exception {
        openScreens();
        screens.pos.withPreEnrollment("HJKM6789", "cus-eve").addMember("cus-eve", "Eve Stone", "L-EVE01", 0);
        robot.push(KeyCode.CONTROL, KeyCode.K);
        waitUntil(() -> fx.isShown("#pre-keypad"));

        robot.clickOn("#pre-key-H").clickOn("#pre-key-J");
        robot.type(KeyCode.I);
        assertThat(fx.text("#enroll-error")).startsWith("\u201cI\u201d is never used in codes");
        robot.type(KeyCode.K, KeyCode.M, KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9);
        assertThat(fx.text("#pre-code")).isEqualTo("HJKM\u20116789");
        robot.push(KeyCode.ENTER);

        waitUntil(() -> "Enrolled".equals(fx.text("#enroll-title")), CAPTURE);
        CustomerProfile customer = onFx(() -> screens.session.customerProperty().get());
        assertThat(customer.name()).isEqualTo("Eve Stone");
        assertThat(screens.templateOwners()).containsExactly("cus-eve");
    }

    @Test
    void findsALoyaltyMemberForTheSaleAndShowsThePoints() throws Exception {
        openScreens();
        screens.pos.addMember("cus-max", "Max Roth", "L-MAX7", 120, "+49 170 1234567");
        robot.push(KeyCode.CONTROL, KeyCode.Y);
        waitUntil(() -> fx.isShown("#loyalty-query"));

        robot.clickOn("#loyalty-query").write("0151 2223334");
        robot.push(KeyCode.ENTER);
        waitUntil(() -> fx.text("#enroll-error").startsWith("No member"));
        // members usually give their phone, in the national form while the cloud holds the international one
        robot.clickOn("#loyalty-query").eraseText(12).write("0170 1234567");
        robot.push(KeyCode.ENTER);
        waitUntil(() -> "Member found".equals(fx.text("#enroll-title")));
        assertThat(fx.text("#enroll-status")).isEqualTo("Max Roth \u00b7 L-MAX7 \u00b7 120 points");
        robot.push(KeyCode.ENTER);

        waitUntil(() -> fx.isShown("#loyalty-points"));
        assertThat(fx.text("#loyalty-points")).isEqualTo("120 points");
        assertThat(onFx(() -> screens.session.customerProperty().get().loyaltyId())).isEqualTo("L-MAX7");
        robot.push(KeyCode.ESCAPE);
        waitUntil(() -> fx.isShown("#counter-screen"));
    }

    /** Opens the cashier window and the customer display; their first show is not judged by the watchdog. */
    private void openScreens() {
        FxWatchdogExtension.showingWindows(() -> {
            try {
                screens = new EnrollmentScreens(dir, camera);
            } catch (Exception e) {
                throw new IllegalStateException("could not open the enrollment screens", e);
            }
        });
    }

    /**
     * The customer presses "I agree" or "No thanks" on the customer display. Both windows share the headless screen
     * with the cashier's on top, so the button is fired rather than clicked at screen coordinates.
     */
    private void customerAnswers(boolean accept) {
        CompanionPage.Consent consent = (CompanionPage.Consent) onFx(() ->
                screens.session.companionPageProperty().get());
        assertThat(consent.noticeText()).contains("What we collect");
        waitUntil(() -> fx.isShown("#consent-accept"));
        String button = accept ? "#consent-accept" : "#consent-decline";
        runFx(() -> robot.lookup(button).queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
