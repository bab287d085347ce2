package com.palmpos.ui.internal.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.scanner.capture.CaptureEvent;
import com.palmpos.ui.internal.session.CompanionPage;
import com.palmpos.ui.internal.enrollment.PreEnrollmentViewModel.Step;
import com.palmpos.ui.testing.ScriptedPalmReader;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreEnrollmentViewModelTest {

    @TempDir
    static Path dir;
    private static JourneyFixture fx;
    private PreEnrollmentViewModel journey;

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
        fx.pos.withPreEnrollment("HJKM6789", "cus-eve");
        journey = new PreEnrollmentViewModel(fx.session, fx.onClose());
        journey.start();
    }

    @Test
    void refusesCharactersCodesNeverUse() {
        type("AB0");

        assertThat(journey.codeProperty().get()).isEqualTo("AB");
        assertThat(journey.state().errorProperty().get()).startsWith("\u201c0\u201d is never used in codes");
    }

    @Test
    void asksForTheWholeCodeBeforeTheCaptures() {
        type("hjkm67");
        journey.primary();

        assertThat(journey.codeProperty().get()).isEqualTo("HJKM\u201167");
        assertThat(journey.state().errorProperty().get()).isEqualTo("The code has 8 characters; 6 typed so far.");
        assertThat(fx.reader.enrollmentsStarted).isZero();
    }

    @Test
    void aWrongCodeStoresNothingAndCanBeCorrected() {
        type("HJKM6788");
        journey.primary();
        fx.reader.emit(new CaptureEvent.Enrolled(ScriptedPalmReader.template()));

        assertThat(journey.state().stepProperty().get()).isEqualTo(Step.CODE);
        assertThat(journey.state().errorProperty().get()).startsWith("This code is unknown");
        assertThat(journey.codeProperty().get()).isEqualTo("HJKM\u20116788");
        assertThat(fx.templateOwners()).isEmpty();
        assertThat(fx.reader.gallery).isEmpty();
        fx.pos.addMember("cus-eve", "Eve Stone", "L-HJKM6789", 0);

        journey.backspace();
        type("9");
        journey.primary();
        fx.reader.emit(new CaptureEvent.Enrolled(ScriptedPalmReader.template()));
        assertThat(journey.state().stepProperty().get()).isEqualTo(Step.DONE);
        assertThat(fx.session.customerProperty().get().name()).isEqualTo("Eve Stone");
    }

    @Test
    void offlineSaysSoStoresNothingAndRetriesWithTheSamePalm() {
        fx.pos.offline(true);
        type("HJKM6789");
        journey.primary();
        // the code is checked before any capture: offline, nothing is captured yet
        assertThat(journey.state().errorProperty().get()).startsWith("The cloud cannot be reached");
        assertThat(fx.reader.enrollmentsStarted).isZero();
        fx.pos.offline(false);
        journey.retry();
        assertThat(fx.reader.enrollmentsStarted).isOne();
        // the connection drops again while the palm is captured
        fx.pos.offline(true);
        fx.reader.emit(new CaptureEvent.EnrollmentProgress(3, 3));
        fx.reader.emit(new CaptureEvent.Enrolled(ScriptedPalmReader.template()));

        assertThat(journey.state().errorProperty().get()).startsWith("The cloud cannot be reached");
        assertThat(fx.templateOwners()).isEmpty();
        fx.pos.offline(false);
        journey.retry();

        // the profile comes with the next customer pull; the palm is recognised already
        assertThat(fx.reader.enrollmentsStarted).isOne();
        assertThat(journey.state().statusProperty().get()).startsWith("Enrolled with loyalty number L-HJKM6789.");
        assertThat(fx.templateOwners()).containsExactly("cus-eve");
        assertThat(fx.reader.gallery).containsKey("cus-eve");
        assertThat(fx.session.customerProperty().get()).isNull();
        assertThat(fx.session.companionPageProperty().get()).isInstanceOf(CompanionPage.Message.class);
    }

    private void type(String keys) {
        keys.chars().forEach(c -> journey.type((char) c));
    }
}
