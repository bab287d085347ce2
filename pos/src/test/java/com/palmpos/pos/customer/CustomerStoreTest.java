package com.palmpos.pos.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palmpos.pos.Terminal;
import com.palmpos.pos.menu.Allergen;
import com.palmpos.pos.menu.DietaryTag;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomerStoreTest {
    @TempDir
    Path dir;
    Terminal t;

    @BeforeEach
    void open() {
        t = new Terminal(dir);
    }

    @AfterEach
    void close() {
        t.close();
    }

    private static CustomerProfile sam(long version, String preferred) {
        return new CustomerProfile("cust-1", "Samantha Lee", preferred, "L-1", Set.of(DietaryTag.VEGETARIAN),
                Set.of(Allergen.PEANUTS, Allergen.SESAME), new LinkedCard("tok_1", "VISA", "4242"), 120,
                Instant.parse("2026-11-20T10:00:00Z"), version, Instant.parse("2026-11-20T10:00:00Z"));
    }

    @Test
    void storesAndReadsBackAProfile() {
        assertThat(t.customers.upsert(sam(1, "Sam"))).isTrue();
        assertThat(t.customers.find("cust-1")).contains(sam(1, "Sam"));
        assertThat(t.customers.findByLoyaltyId("L-1").orElseThrow().greetingName()).isEqualTo("Sam");
    }

    @Test
    void neverLetsAnOlderCloudVersionOverwriteANewerOne() {
        t.customers.upsert(sam(3, "Sammy"));
        assertThat(t.customers.upsert(sam(2, "Sam"))).isFalse();
        assertThat(t.customers.upsert(sam(3, "Sammy"))).isFalse();
        assertThat(t.customers.find("cust-1").orElseThrow().preferredName()).isEqualTo("Sammy");
        assertThat(t.customers.upsert(sam(4, "S."))).isTrue();
    }

    @Test
    void deletesThePalmTemplateWithoutTouchingTheProfile() {
        t.customers.upsert(sam(1, "Sam"));
        t.customers.savePalmTemplate("cust-1", new byte[] {1, 2, 3});
        assertThat(t.customers.palmTemplate("cust-1")).hasValueSatisfying(b -> assertThat(b).containsExactly(1, 2, 3));
        assertThat(t.customers.deletePalmTemplate("cust-1")).isTrue();
        assertThat(t.customers.palmTemplate("cust-1")).isEmpty();
        assertThat(t.customers.find("cust-1")).isPresent();
    }

    @Test
    void forgettingACustomerRemovesProfileAndTemplate() {
        t.customers.upsert(sam(1, "Sam"));
        t.customers.savePalmTemplate("cust-1", new byte[] {9});
        t.customers.delete("cust-1");
        assertThat(t.customers.find("cust-1")).isEmpty();
        assertThat(t.customers.allPalmTemplates()).isEmpty();
    }

    @Test
    void recordsARejectedIdentificationAndForgetsItWithTheCustomer() {
        t.customers.upsert(sam(1, "Sam"));
        t.customers.recordRejectedIdentification("cust-1", 0.41, null, "staff-1");
        t.customers.recordRejectedIdentification("cust-1", 0.38, "order-9", "staff-1");
        assertThat(t.customers.rejectedIdentifications("cust-1")).isEqualTo(2);

        t.customers.delete("cust-1");

        assertThat(t.customers.rejectedIdentifications("cust-1")).isZero();
    }

    @Test
    void refusesARejectionWithoutCustomer() {
        assertThatThrownBy(() -> t.customers.recordRejectedIdentification(null, 0.5, null, "staff-1"))
                .hasMessageContaining("customer and staff ids");
    }

    @Test
    void refusesAnEmptyTemplate() {
        assertThatThrownBy(() -> t.customers.savePalmTemplate("cust-1", new byte[0])).hasMessageContaining("enroll again");
    }

    @Test
    void refusesACardWithoutItsToken() {
        assertThatThrownBy(() -> new LinkedCard(" ", "VISA", "4242")).hasMessageContaining("processor token");
    }

    @Test
    void flagsMenuItemsWithTheCustomersAllergens() {
        CustomerProfile profile = sam(1, "Sam");
        assertThat(profile.allergensIn(Terminal.DEMO.item("chickpea-smash").orElseThrow())).containsExactly(Allergen.SESAME);
        assertThat(profile.allergensIn(Terminal.DEMO.item("lemonade").orElseThrow())).isEmpty();
        assertThat(profile.suits(Terminal.DEMO.item("caprese").orElseThrow())).isTrue();
        assertThat(profile.suits(Terminal.DEMO.item("teriyaki-bowl").orElseThrow())).isFalse();
    }
}
