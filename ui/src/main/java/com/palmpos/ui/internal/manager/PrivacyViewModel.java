package com.palmpos.ui.internal.manager;

import com.palmpos.pos.privacy.CustomerRecord;
import com.palmpos.pos.privacy.ErasureReceipt;
import com.palmpos.pos.privacy.ErasureScope;
import com.palmpos.pos.staff.ApprovalResult;
import com.palmpos.pos.staff.SensitiveAction;
import com.palmpos.ui.ManagerPorts;
import com.palmpos.ui.internal.i18n.Messages;
import java.util.Arrays;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Privacy requests at the counter: find the customer (the search is audited), then erase their palm data or their
 * whole profile after the manager PIN approves it. The erasure is audited and sent to the cloud by the
 * {@link com.palmpos.pos.privacy.PrivacyService}; the live palm gallery forgets the customer at once. UI thread only.
 */
public final class PrivacyViewModel implements PageModel {

    private final ManagerContext context;
    private final ManagerPorts ports;
    private final Feedback feedback = new Feedback();
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<CustomerRecord> results = FXCollections.observableArrayList();
    private final ObjectProperty<CustomerRecord> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<Confirmation> confirmation = new SimpleObjectProperty<>(this, "confirmation");

    public PrivacyViewModel(ManagerContext context, ManagerPorts ports) {
        this.context = context;
        this.ports = ports;
    }

    @Override
    public void onShow() {
        feedback.clear();
        query.set("");
        results.clear();
        selected.set(null);
        confirmation.set(null);
    }

    /** Finds customers by name, loyalty id, phone digits or customer id (at least two characters). */
    public void search() {
        Messages messages = messages();
        String typed = query.get().strip();
        if (typed.length() < 2) {
            feedback.error(messages.get("manager.privacy.tooShort"));
            return;
        }
        String staffId = context.staffId();
        feedback.busy(messages.get("manager.privacy.searching"));
        context.tasks().run("find customers for a privacy request", () -> ports.privacy().find(typed, staffId),
                found -> {
                    results.setAll(found);
                    selected.set(found.isEmpty() ? null : found.get(0));
                    if (found.isEmpty()) {
                        feedback.info(messages.get("manager.privacy.noneFound", typed));
                    } else {
                        feedback.ok(messages.get("manager.privacy.found", found.size()));
                    }
                }, failure -> feedback.error(messages.get("manager.privacy.failed",
                        context.errors().describe(failure))));
    }

    /** Asks for confirmation and the manager PIN, then erases the chosen customer's data in {@code scope}. */
    public void requestErase(ErasureScope scope) {
        CustomerRecord customer = selected.get();
        if (feedback.isBusy()) {
            return;
        }
        if (customer == null) {
            feedback.error(messages().get("manager.privacy.chooseCustomer"));
            return;
        }
        boolean palmOnly = scope == ErasureScope.BIOMETRICS;
        confirmation.set(new Confirmation(
                messages().get(palmOnly ? "manager.privacy.confirmPalm" : "manager.privacy.confirmProfile",
                        customer.name(), customer.loyaltyId() == null ? "" : customer.loyaltyId()),
                messages().get(palmOnly ? "manager.privacy.deletePalm" : "manager.privacy.deleteProfile"), true,
                pin -> erase(customer, scope, pin)));
    }

    private void erase(CustomerRecord customer, ErasureScope scope, char[] pin) {
        Messages messages = messages();
        String staffId = context.staffId();
        String customerId = customer.customerId();
        feedback.busy(messages.get("manager.privacy.erasing"));
        context.tasks().run("erase customer data", () -> {
            ApprovalResult answer;
            try {
                answer = ports.approval().authorize(staffId, pin, SensitiveAction.PRIVACY, customerId);
            } finally {
                Arrays.fill(pin, '\0');
            }
            if (!(answer instanceof ApprovalResult.Granted granted)) {
                return PosOrderApprovals.refusal(answer, messages, context.services().settings().zone());
            }
            granted.approval().consume(SensitiveAction.PRIVACY, customerId, context.services().clock().instant());
            ErasureReceipt receipt = scope == ErasureScope.BIOMETRICS
                    ? ports.privacy().deleteBiometrics(customerId, staffId)
                    : ports.privacy().deleteProfile(customerId, staffId);
            // identification must stop now, not at the next gallery reload
            context.services().palm().removeFromGallery(customerId);
            return receipt;
        }, outcome -> {
            if (outcome instanceof ErasureReceipt receipt) {
                feedback.ok(messages.get(scope == ErasureScope.BIOMETRICS ? "manager.privacy.palmDeleted"
                        : "manager.privacy.profileDeleted", customer.name(), Long.toString(receipt.auditSeq())));
                results.remove(customer);
                selected.set(null);
            } else {
                feedback.error((String) outcome);
            }
        }, failure -> feedback.error(messages.get("manager.privacy.failed", context.errors().describe(failure))));
    }

    /** "Sam Lee · L-77 · phone …1234 · palm on file": enough to recognise the right person. */
    public String describe(CustomerRecord customer) {
        Messages messages = messages();
        StringBuilder text = new StringBuilder(customer.name());
        if (customer.loyaltyId() != null && !customer.loyaltyId().isBlank()) {
            text.append(" \u00b7 ").append(customer.loyaltyId());
        }
        customer.phoneLastFour().ifPresent(last -> text.append(" \u00b7 ")
                .append(messages.get("manager.privacy.phone", last)));
        text.append(" \u00b7 ").append(messages.get(customer.hasPalmTemplate() ? "manager.privacy.palmOnFile"
                : "manager.privacy.noPalm"));
        return text.toString();
    }

    private Messages messages() {
        return context.messages();
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<CustomerRecord> results() {
        return results;
    }

    public ObjectProperty<CustomerRecord> selectedProperty() {
        return selected;
    }

    public ObjectProperty<Confirmation> confirmationProperty() {
        return confirmation;
    }

    public Feedback feedback() {
        return feedback;
    }
}
