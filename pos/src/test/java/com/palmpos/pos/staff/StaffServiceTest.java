package com.palmpos.pos.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palmpos.pos.Terminal;
import com.palmpos.pos.audit.AuditEntry;
import com.palmpos.pos.audit.AuditLog;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaffServiceTest {
    @TempDir
    Path dir;
    Terminal t;
    StaffService staff;

    @BeforeEach
    void open() {
        t = new Terminal(dir);
        staff = new StaffService(t.db, t.clock, new StaffSettings(3, Duration.ofMinutes(5), StaffSettings.MIN_ITERATIONS, 4));
        staff.ensureDefaultManager();
    }

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void theDefaultManagerMustChangeThePinAtFirstSignIn() {
        LoginResult result = staff.login("manager", "1234".toCharArray());
        assertThat(result).isInstanceOfSatisfying(LoginResult.Success.class,
                s -> assertThat(s.member().mustChangePin()).isTrue());
        StaffMember changed = staff.changePin("manager", "1234".toCharArray(), "8642".toCharArray());
        assertThat(changed.mustChangePin()).isFalse();
        assertThat(staff.login("manager", "8642".toCharArray())).isInstanceOf(LoginResult.Success.class);
        assertThat(staff.login("manager", "1234".toCharArray())).isInstanceOf(LoginResult.WrongPin.class);
    }

    @Test
    void createsTheDefaultManagerOnlyOnce() {
        assertThat(staff.ensureDefaultManager()).isFalse();
        assertThat(staff.list()).extracting(StaffMember::staffId).containsExactly("manager");
    }

    @Test
    void locksTheAccountAfterTooManyWrongPinsAndUnlocksAfterTheLockout() {
        assertThat(staff.login("manager", "0000".toCharArray())).isEqualTo(new LoginResult.WrongPin(2));
        assertThat(staff.login("manager", "0001".toCharArray())).isEqualTo(new LoginResult.WrongPin(1));
        assertThat(staff.login("manager", "0002".toCharArray())).isInstanceOf(LoginResult.LockedOut.class);
        // even the right PIN is refused while locked
        assertThat(staff.login("manager", "1234".toCharArray())).isInstanceOf(LoginResult.LockedOut.class);
        t.clock.advance(Duration.ofMinutes(5));
        assertThat(staff.login("manager", "1234".toCharArray())).isInstanceOf(LoginResult.Success.class);
    }

    private LoginResult.LockedOut threeWrong() {
        staff.login("manager", "0000".toCharArray());
        staff.login("manager", "0001".toCharArray());
        LoginResult third = staff.login("manager", "0002".toCharArray());
        assertThat(third).isInstanceOf(LoginResult.LockedOut.class);
        return (LoginResult.LockedOut) third;
    }

    @Test
    void eachFurtherLockDoublesUntilARightPinOrAManagerResetAndIsAudited() {
        AuditLog audit = new AuditLog(t.db, t.clock, "t1");
        staff = new StaffService(t.db, t.clock, new StaffSettings(3, Duration.ofMinutes(5), StaffSettings.MIN_ITERATIONS,
                4), audit);
        for (long minutes : new long[] {5, 10, 20, 40}) {
            LoginResult.LockedOut locked = threeWrong();
            assertThat(Duration.between(t.clock.instant(), locked.until())).isEqualTo(Duration.ofMinutes(minutes));
            t.clock.advance(Duration.ofMinutes(minutes));
        }
        assertThat(audit.forSubject("manager")).filteredOn(e -> e.outcome().equals("LOCKED_OUT"))
                .extracting(AuditEntry::detail).last().asString().contains("lock 4").contains("40 min");

        assertThat(staff.resetLockout("owner", "manager")).isTrue();
        assertThat(Duration.between(t.clock.instant(), threeWrong().until())).isEqualTo(Duration.ofMinutes(5));
        assertThat(audit.forSubject("manager")).extracting(AuditEntry::outcome).contains("UNLOCKED");

        t.clock.advance(Duration.ofMinutes(5));
        assertThat(staff.login("manager", "1234".toCharArray())).isInstanceOf(LoginResult.Success.class);
        assertThat(Duration.between(t.clock.instant(), threeWrong().until()))
                .as("a right PIN starts the escalation again").isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aLockNeverLastsLongerThanThirtyDays() {
        assertThat(staff.lockTime(1)).isEqualTo(Duration.ofMinutes(5));
        assertThat(staff.lockTime(11)).isEqualTo(Duration.ofMinutes(5 * 1024));
        assertThat(staff.lockTime(40)).isEqualTo(StaffService.LONGEST_LOCK);
    }

    @Test
    void answersAnUnknownStaffIdLikeAWrongPin() {
        assertThat(staff.login("nobody", "1234".toCharArray())).isEqualTo(new LoginResult.WrongPin(3));
    }

    @Test
    void storesASaltedSlowHashNeverThePin() throws Exception {
        staff.add("ana", "Ana", Role.CASHIER, "2468".toCharArray());
        try (var c = t.db.connection();
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT pin_hash, pin_salt, pin_iterations FROM staff ORDER BY staff_id")) {
            rs.next();
            byte[] anaHash = rs.getBytes(1);
            byte[] anaSalt = rs.getBytes(2);
            assertThat(rs.getInt(3)).isGreaterThanOrEqualTo(210_000);
            rs.next();
            assertThat(rs.getBytes(2)).isNotEqualTo(anaSalt);
            assertThat(new String(anaHash, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("2468");
            assertThat(anaHash).hasSize(32);
        }
    }

    @Test
    void refusesWeakNewPins() {
        assertThatThrownBy(() -> staff.add("ana", "Ana", Role.CASHIER, "12".toCharArray())).hasMessageContaining("4 to 12 digits");
        assertThatThrownBy(() -> staff.add("ana", "Ana", Role.CASHIER, "7777".toCharArray())).hasMessageContaining("repeated digit");
        assertThatThrownBy(() -> staff.add("ana", "Ana", Role.CASHIER, "12a4".toCharArray())).hasMessageContaining("digits only");
    }

    @Test
    void refusesTheDefaultPinAsTheNewPin() {
        staff.add("ana", "Ana", Role.CASHIER, "2468".toCharArray());
        assertThatThrownBy(() -> staff.changePin("ana", "2468".toCharArray(), "1234".toCharArray()))
                .hasMessageContaining("different from the current and the default");
    }

    @Test
    void aRefusedPinChangeSaysWhy() {
        staff.add("ana", "Ana", Role.CASHIER, "2468".toCharArray());
        assertThatThrownBy(() -> staff.changePin("ana", "1111".toCharArray(), "8642".toCharArray()))
                .isInstanceOfSatisfying(PinChangeRefusedException.class, e ->
                        org.assertj.core.api.Assertions.assertThat(e.reason())
                                .isEqualTo(PinChangeRefusedException.Reason.WRONG_CURRENT_PIN));
        assertThatThrownBy(() -> staff.changePin("ana", "2468".toCharArray(), "12".toCharArray()))
                .isInstanceOfSatisfying(PinChangeRefusedException.class, e ->
                        org.assertj.core.api.Assertions.assertThat(e.reason())
                                .isEqualTo(PinChangeRefusedException.Reason.WEAK_PIN))
                .hasMessageContaining("4 to 12 digits");
    }

    @Test
    void refusesSettingsBelowTheMinimumIterations() {
        assertThatThrownBy(() -> new StaffSettings(5, Duration.ofMinutes(5), 10_000, 4))
                .hasMessageContaining("at least 210000");
    }

    @Test
    void onlyAManagerCanApprove() {
        staff.add("ana", "Ana", Role.CASHIER, "2468".toCharArray());
        assertThatThrownBy(() -> staff.approveAsManager("ana", "2468".toCharArray())).hasMessageContaining("Ana is not a manager");
        assertThat(staff.approveAsManager("manager", "1234".toCharArray()).isManager()).isTrue();
    }
}
