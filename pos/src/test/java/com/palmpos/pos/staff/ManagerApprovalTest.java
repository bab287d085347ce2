package com.palmpos.pos.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palmpos.pos.Terminal;
import com.palmpos.pos.audit.AuditAction;
import com.palmpos.pos.audit.AuditEntry;
import com.palmpos.pos.audit.AuditLog;
import com.palmpos.pos.menu.ServiceMode;
import com.palmpos.pos.order.LineRequest;
import com.palmpos.pos.order.Order;
import com.palmpos.pos.order.OrderStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManagerApprovalTest {
    private static final char[] PIN = "2580".toCharArray();

    @TempDir
    Path dir;
    Terminal t;
    AuditLog audit;
    StaffService staff;
    ManagerApproval approval;
    ApprovedOrderActions actions;

    @BeforeEach
    void open() {
        t = new Terminal(dir);
        audit = new AuditLog(t.db, t.clock, "t1");
        staff = new StaffService(t.db, t.clock, new StaffSettings(3, Duration.ofMinutes(5), StaffSettings.MIN_ITERATIONS, 4),
                audit);
        staff.add("mgr-ann", "Ann", Role.MANAGER, PIN);
        approval = new ManagerApproval(staff, audit, t.clock);
        actions = new ApprovedOrderActions(t.orders, audit, t.clock);
    }

    @AfterEach
    void close() {
        t.close();
    }

    private Order openOrder() {
        Order o = t.orders.open(ServiceMode.TAKEOUT, "", "csh-bo");
        return t.orders.addItem(o.id(), LineRequest.of("croissant", null));
    }

    private Approval grant(SensitiveAction action, String subject) {
        ApprovalResult result = approval.authorize("mgr-ann", PIN, action, subject);
        assertThat(result).isInstanceOf(ApprovalResult.Granted.class);
        return ((ApprovalResult.Granted) result).approval();
    }

    @Test
    void aManagerPinApprovesAVoidAndBothAreAudited() {
        Order o = openOrder();
        Order voided = actions.voidOrder(grant(SensitiveAction.VOID, o.id()), o.id(), "customer left");

        assertThat(voided.status()).isEqualTo(OrderStatus.VOIDED);
        assertThat(audit.forSubject(o.id())).extracting(AuditEntry::action, AuditEntry::outcome, AuditEntry::actor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AuditAction.MANAGER_APPROVAL, "GRANTED", "mgr-ann"),
                        org.assertj.core.groups.Tuple.tuple(AuditAction.VOID, "OK", "mgr-ann"));
    }

    @Test
    void aRefundNeedsAnApprovalForThatOrderAndRecordsTheAmount() {
        Order o = openOrder();
        t.payments.payCash(o.id(), Terminal.usd("20.00"), Terminal.usd("0.00"));
        Approval forAnother = grant(SensitiveAction.REFUND, "another-order");
        assertThatThrownBy(() -> actions.refund(forAnother, o.id(), Map.of(), "stale"))
                .hasMessageContaining("ask the manager to approve this one");

        actions.refund(grant(SensitiveAction.REFUND, o.id()), o.id(), Map.of(), "stale");

        AuditEntry refund = audit.forSubject(o.id()).stream().filter(e -> e.action() == AuditAction.REFUND)
                .findFirst().orElseThrow();
        assertThat(refund.detail()).contains("to CASH", "stale");
    }

    @Test
    void anApprovalIsUsedOnceAndExpires() {
        Order o = openOrder();
        Approval once = grant(SensitiveAction.VOID, o.id());
        actions.voidOrder(once, o.id(), "mistake");
        assertThatThrownBy(() -> actions.voidOrder(once, o.id(), "again")).hasMessageContaining("used already");

        Order other = openOrder();
        Approval late = grant(SensitiveAction.VOID, other.id());
        t.clock.advance(ManagerApproval.VALID_FOR.plusSeconds(1));
        assertThatThrownBy(() -> actions.voidOrder(late, other.id(), "late")).hasMessageContaining("expired");
        assertThat(t.orders.find(other.id()).orElseThrow().status()).isNotEqualTo(OrderStatus.VOIDED);
    }

    @Test
    void aCashierCannotApprove() {
        staff.add("csh-bo", "Bo", Role.CASHIER, "1357".toCharArray());
        ApprovalResult result = approval.authorize("csh-bo", "1357".toCharArray(), SensitiveAction.SETTINGS, "tax.rate");
        assertThat(result).isInstanceOf(ApprovalResult.NotAManager.class);
        assertThat(result.message()).contains("Bo is not a manager");
        assertThat(audit.forSubject("tax.rate")).singleElement()
                .satisfies(e -> assertThat(e.outcome()).isEqualTo("NOT_MANAGER"));
    }

    @Test
    void wrongPinsLockTheManagerOutAndEveryAttemptIsAudited() {
        char[] wrong = "9999".toCharArray();
        assertThat(approval.authorize("mgr-ann", wrong, SensitiveAction.PRIVACY, "cust-1"))
                .isEqualTo(new ApprovalResult.WrongPin(2));
        approval.authorize("mgr-ann", wrong, SensitiveAction.PRIVACY, "cust-1");
        ApprovalResult third = approval.authorize("mgr-ann", wrong, SensitiveAction.PRIVACY, "cust-1");
        assertThat(third).isInstanceOf(ApprovalResult.LockedOut.class);
        assertThat(approval.authorize("mgr-ann", PIN, SensitiveAction.PRIVACY, "cust-1"))
                .as("the right PIN while locked").isInstanceOf(ApprovalResult.LockedOut.class);

        assertThat(audit.forSubject("mgr-ann")).extracting(AuditEntry::outcome)
                .containsExactly("WRONG_PIN", "WRONG_PIN", "LOCKED_OUT", "LOCKED");
        assertThat(audit.forSubject("cust-1")).extracting(AuditEntry::outcome)
                .containsExactly("WRONG_PIN", "WRONG_PIN", "LOCKED_OUT", "LOCKED_OUT");
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void anUnknownIdIsAuditedWithoutRecordingWhatWasTyped() {
        approval.authorize("4711", "1234".toCharArray(), SensitiveAction.VOID, "order-1");
        assertThat(audit.recent(10)).extracting(AuditEntry::actor).containsOnly(StaffService.UNKNOWN);
        assertThat(audit.recent(10)).extracting(AuditEntry::subject).doesNotContain("4711");
    }

    @Test
    void refusesAnApprovalForNothing() {
        assertThatThrownBy(() -> approval.authorize("mgr-ann", PIN, SensitiveAction.VOID, " "))
                .hasMessageContaining("say what the approval is for");
    }
}
