package com.palmpos.app.wiring;

import com.palmpos.pos.PosServices;
import com.palmpos.pos.audit.AuditLog;
import com.palmpos.pos.privacy.PrivacyService;
import com.palmpos.pos.settings.TerminalSettingStore;
import com.palmpos.pos.staff.ApprovedOrderActions;
import com.palmpos.pos.staff.ManagerApproval;
import com.palmpos.ui.ManagerPorts;

/** Builds the manager screens' services over the terminal's pos services. Stateless. */
public final class ManagerWiring {

    private ManagerWiring() {
    }

    /**
     * The settings store, approvals, audited order actions and privacy service over {@code pos}'s database.
     * Cheap: no I/O.
     *
     * @param audit the terminal's audit log (one per database: appends serialise on its head row)
     */
    public static ManagerPorts create(PosServices pos, AuditLog audit) {
        return new ManagerPorts(new TerminalSettingStore(pos.database(), pos.clock()), audit,
                new ManagerApproval(pos.staff(), audit, pos.clock()),
                new ApprovedOrderActions(pos.orders(), audit, pos.clock()),
                new PrivacyService(pos.database(), pos.customers(), pos.outbox(), audit, pos.clock()));
    }
}
