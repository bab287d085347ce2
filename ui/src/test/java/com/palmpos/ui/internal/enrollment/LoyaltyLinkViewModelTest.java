package com.palmpos.ui.internal.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.pos.customer.CustomerProfile;
import com.palmpos.ui.internal.enrollment.LoyaltyLinkViewModel.Step;
import com.palmpos.pos.customer.LinkedCard;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoyaltyLinkViewModelTest {

    @TempDir
    static Path dir;
    private static JourneyFixture fx;
    private LoyaltyLinkViewModel journey;

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
        fx.pos.addMember("cus-max", "Max Roth", "L-MAX7", 120, "0170 1234567");
        journey = new LoyaltyLinkViewModel(fx.session, fx.onClose());
    }

    @Test
    void linksTheNumberFromTheCustomersCardToTheRecognisedPalm() {
        CustomerProfile palm = enrolledPalm();
        journey.start();
        journey.queryProperty().set("l-card 42");
        journey.primary();
        assertThat(journey.state().statusProperty().get()).startsWith("No account L-CARD42 is known at this counter.");
        journey.primary();

        assertThat(journey.state().stepProperty().get()).isEqualTo(Step.DONE);
        assertThat(journey.state().summaryProperty().get()).isEqualTo("0 points");
        assertThat(fx.counter.pos.customers().find(palm.customerId()).orElseThrow().loyaltyId()).isEqualTo("L-CARD42");
        assertThat(fx.session.customerProperty().get().loyaltyId()).isEqualTo("L-CARD42");
        assertThat(fx.pos.rows().get("outbox")).isPositive();
    }

    @Test
    void aNumberHeldByAnotherCustomerIsRefused() {
        CustomerProfile palm = enrolledPalm();
        journey.start();
        journey.queryProperty().set("L-MAX7");
        journey.primary();
        assertThat(journey.state().statusProperty().get()).isEqualTo("Max Roth \u00b7 L-MAX7 \u00b7 120 points");
        journey.primary();

        assertThat(journey.state().errorProperty().get()).isEqualTo("This loyalty account belongs to another customer.");
        assertThat(fx.counter.pos.customers().find(palm.customerId()).orElseThrow().loyaltyId()).isNull();
    }

    @Test
    void aMemberWithoutPalmCollectsOnTheSale() {
        journey.start();
        journey.queryProperty().set("l-max7");
        journey.primary();
        assertThat(journey.state().primaryProperty().get()).isEqualTo("Use for this sale");
        journey.primary();

        assertThat(fx.session.customerProperty().get().loyaltyId()).isEqualTo("L-MAX7");
        assertThat(journey.state().statusProperty().get()).isEqualTo("Max Roth (L-MAX7) collects points on this sale.");
        assertThat(journey.state().summaryProperty().get()).isEqualTo("120 points");
    }

    @Test
    void saysWhenNobodyMatches() {
        journey.start();
        journey.primary();
        assertThat(journey.state().errorProperty().get()).isEqualTo("Type a loyalty number or a phone number.");
        journey.queryProperty().set("L-NOBODY");
        journey.primary();

        assertThat(journey.state().errorProperty().get()).startsWith("No member has that loyalty number");
        assertThat(journey.state().stepProperty().get()).isEqualTo(Step.FIND);
    }

    @Test
    void findsTheMemberByPhoneInAnotherFormThanStoredAndUsesThemForTheSale() {
        fx.pos.addMember("cus-ida", "Ida Berg", "L-IDA5", 40, "0171 7654321");
        journey.start();
        journey.queryProperty().set("+49 (171) 765-4321");
        journey.primary();
        assertThat(journey.state().statusProperty().get()).isEqualTo("Ida Berg \u00b7 L-IDA5 \u00b7 40 points");
        journey.primary();

        assertThat(journey.state().stepProperty().get()).isEqualTo(Step.DONE);
        assertThat(fx.session.customerProperty().get().customerId()).isEqualTo("cus-ida");
    }

    @Test
    void asksForTheLoyaltyNumberWhenTwoMembersShareThePhone() {
        fx.pos.addMember("cus-mia", "Mia Roth", "L-MIA3", 10, "+49 170 1234567");
        journey.start();
        journey.queryProperty().set("0170 1234567");
        journey.primary();

        assertThat(journey.state().errorProperty().get()).isEqualTo("Several members have this phone number."
                + " Ask for the loyalty number and type it instead.");
        assertThat(journey.state().stepProperty().get()).isEqualTo(Step.FIND);
        journey.queryProperty().set("L-MIA3");
        journey.primary();
        assertThat(journey.state().statusProperty().get()).isEqualTo("Mia Roth \u00b7 L-MIA3 \u00b7 10 points");
    }

    @Test
    void opensANewAccountForAPalmWithoutOne() {
        CustomerProfile palm = enrolledPalm();
        journey.start();
        journey.newAccount();
        assertThat(journey.state().statusProperty().get()).startsWith("Open a new loyalty account for Ana Lind?");
        journey.primary();

        assertThat(journey.state().stepProperty().get()).isEqualTo(Step.DONE);
        assertThat(journey.state().summaryProperty().get()).isEqualTo("0 points");
        assertThat(fx.counter.pos.customers().find(palm.customerId()).orElseThrow().loyaltyId()).isNotNull();
    }

    @Test
    void showsThePointsOfACustomerWhoHasAnAccount() {
        CustomerProfile member = fx.counter.pos.customers().findByLoyaltyId("L-MAX7").orElseThrow();
        fx.session.customerProperty().set(member);
        journey.start();

        assertThat(journey.state().stepProperty().get()).isEqualTo(Step.DONE);
        assertThat(journey.state().summaryProperty().get()).isEqualTo("120 points");
    }

    private CustomerProfile enrolledPalm() {
        CustomerProfile palm = new CustomerProfile("cus-palm", "Ana Lind", null, null, Set.of(), Set.of(),
                new LinkedCard("tok_1", "VISA", "4242"), 0, Instant.EPOCH, 1, Instant.EPOCH);
        fx.counter.pos.customers().upsert(palm);
        fx.counter.pos.customers().savePalmTemplate(palm.customerId(), new byte[] {1, 2, 3});
        fx.session.customerProperty().set(palm);
        return palm;
    }
}
