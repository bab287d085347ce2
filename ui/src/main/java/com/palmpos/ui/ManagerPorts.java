package com.palmpos.ui;

import com.palmpos.pos.audit.AuditLog;
import com.palmpos.pos.privacy.PrivacyService;
import com.palmpos.pos.settings.TerminalSettingStore;
import com.palmpos.pos.staff.ApprovedOrderActions;
import com.palmpos.pos.staff.ManagerApproval;
import java.util.Objects;

/**
 * The services only the manager screens use, wired by the application over the terminal's database. Immutable
 * holder; the services are thread-safe and block (the screens call them through the shell's task runner).
 *
 * @param settings where the settings page saves what a manager changes (overrides palmpos.properties at start)
 * @param audit records settings changes; the other services below audit their own actions
 * @param approval checks the manager PIN for a void, a refund or a privacy request (audited, with lockout)
 * @param orderActions voids and refunds that need such an approval (audited)
 * @param privacy finds customers and erases their palm data or whole profile (audited, sent to the cloud)
 */
public record ManagerPorts(TerminalSettingStore settings, AuditLog audit, ManagerApproval approval,
        ApprovedOrderActions orderActions, PrivacyService privacy) {

    public ManagerPorts {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(approval, "approval");
        Objects.requireNonNull(orderActions, "orderActions");
        Objects.requireNonNull(privacy, "privacy");
    }
}
