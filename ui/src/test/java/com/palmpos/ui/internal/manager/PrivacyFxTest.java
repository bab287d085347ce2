package com.palmpos.ui.internal.manager;

import static com.palmpos.ui.testing.FxQueries.onFx;
import static com.palmpos.ui.testing.FxQueries.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.pos.audit.AuditAction;
import com.palmpos.pos.audit.AuditEntry;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Journey 7: a customer asks to be forgotten; the manager finds them and erases palm data, then everything. */
class PrivacyFxTest extends ManagerFxTestBase {

    @Test
    void erasesPalmDataThenTheWholeProfileWithThePinAndAuditsBoth() {
        Sales.customer(counter.services, "cust-erase", "Robin Vale", "L-900");
        counter.services.customers().savePalmTemplate("cust-erase", new byte[] {1, 2, 3, 4});
        openManagerHub();
        robot.push(KeyCode.F5);
        waitUntil(() -> fx.isShown("#page-privacy"));

        fill("#privacy-query", "Robin");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> fx.isShown("#privacy-row-0"));
        assertThat(fx.text("#privacy-row-0")).isEqualTo("Robin Vale \u00b7 L-900 \u00b7 palm on file");

        robot.push(KeyCode.F7);
        waitUntil(() -> onFx(() -> robot.lookup("#confirm-dialog").query().isVisible()));
        assertThat(fx.text("#confirm-message")).startsWith("Delete the palm data of Robin Vale L-900?");
        typeDigits(PIN);
        robot.type(KeyCode.ENTER);

        waitForFeedback("The palm data of Robin Vale was deleted here");
        assertThat(counter.services.customers().palmTemplate("cust-erase")).isEmpty();
        assertThat(counter.services.customers().find("cust-erase")).isPresent();

        robot.type(KeyCode.ENTER);
        waitUntil(() -> fx.isShown("#privacy-row-0") && fx.text("#privacy-row-0").endsWith("no palm on file"));
        robot.clickOn("#privacy-delete-profile");
        waitUntil(() -> onFx(() -> robot.lookup("#confirm-dialog").query().isVisible()));
        typeDigits(PIN);
        robot.clickOn("#confirm-ok");

        waitForFeedback("Everything about Robin Vale was deleted here");
        assertThat(counter.services.customers().find("cust-erase")).isEmpty();
        assertThat(audit.forSubject("cust-erase")).extracting(AuditEntry::action).containsSubsequence(
                AuditAction.MANAGER_APPROVAL, AuditAction.BIOMETRICS_DELETED,
                AuditAction.MANAGER_APPROVAL, AuditAction.PROFILE_DELETED);

        robot.push(KeyCode.ESCAPE);
        robot.push(KeyCode.F7);
        waitUntil(() -> fx.isShown("#audit-row-0") && fx.text("#audit-chain").startsWith("Chain intact"));
        assertThat(fx.text("#audit-row-0")).contains("manager").contains("PROFILE_DELETED").contains("cust-erase");
    }

    @Test
    void wrongPinErasesNothing() {
        Sales.customer(counter.services, "cust-keep", "Kim Keep", "L-901");
        openManagerHub();
        robot.push(KeyCode.F5);
        waitUntil(() -> fx.isShown("#page-privacy"));
        fill("#privacy-query", "L-901");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> fx.isShown("#privacy-row-0"));

        robot.push(KeyCode.F8);
        waitUntil(() -> onFx(() -> robot.lookup("#confirm-dialog").query().isVisible()));
        typeDigits("9999");
        robot.type(KeyCode.ENTER);

        waitForFeedback("Wrong manager PIN");
        assertThat(counter.services.customers().find("cust-keep")).isPresent();
    }
}
