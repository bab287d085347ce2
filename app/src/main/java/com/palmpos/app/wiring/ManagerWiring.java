package com.palmpos.app.wiring;

import com.palmpos.pos.PosServices;
import com.palmpos.pos.audit.AuditLog;
import com.palmpos.pos.settings.TerminalSettingStore;
import com.palmpos.pos.staff.ApprovedOrderActions;
import com.palmpos.pos.staff.ManagerApproval;
import com.palmpos.ui.ManagerPorts;

/** Builds the manager screens' services over the terminal's pos services. Stateless. */
public final class ManagerWiring {

    private ManagerWiring() {
    }

    /**
     * The settings store, approval and audited order actions over {@code pos}'s database, with its audit log and
     * privacy service. Cheap: no I/O.
     *
     * @param settings the terminal's one settings store (things that follow saves, like the printer, listen to it)
     */
    public static ManagerPorts create(PosServices pos, TerminalSettingStore settings) {
        AuditLog audit = pos.audit();
        return new ManagerPorts(settings, audit,
                new ManagerApproval(pos.staff(), audit, pos.clock()),
                new ApprovedOrderActions(pos.orders(), audit, pos.clock()), pos.privacy());
    }
}
